# sys.exc_info in a cleanup helper called from except blocks and from a generator's
# finally during close().
import sys


def log_current(tag):
    typ, val, tb = sys.exc_info()
    print(tag, typ.__name__ if typ else "-", val if val else "-")


def task():
    try:
        yield "working"
    except GeneratorExit:
        log_current("closing")
        raise
    finally:
        log_current("finally")


t = task()
next(t)
t.close()
try:
    {}["k"]
except KeyError:
    log_current("handler")
    try:
        raise ValueError("nested")
    except ValueError:
        log_current("nested handler")
    log_current("back in outer")
log_current("outside")
