# A context manager written as a class around a generator: __enter__ starts it,
# __exit__ closes it or throws the exception in, and decides whether it is suppressed.
class Managed:
    def __init__(self, gen_func, *args):
        self.gen = gen_func(*args)

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as raised:
            if raised is exc:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def opened(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"close {name}")


log = []
with Managed(opened, "a", log) as handle:
    log.append(f"using {handle}")
with Managed(opened, "b", log):
    raise KeyError("missing")
try:
    with Managed(opened, "c", log):
        raise ValueError("not handled")
except ValueError as e:
    log.append(f"outside: {e}")
print("\n".join(log))
