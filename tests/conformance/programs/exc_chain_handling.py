def parse(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("not a number: " + s)
try:
    parse("abc")
except TypeError as e:
    print("caught", type(e).__name__, e)
def cleanup_order():
    log = []
    try:
        try:
            log.append("body")
            raise ValueError("first")
        except ValueError:
            log.append("handler")
            raise KeyError("second")
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append("outer got " + repr(e))
    finally:
        log.append("outer finally")
    return log
for line in cleanup_order():
    print(line)
try:
    raise RuntimeError("wrapped") from None
except RuntimeError as e:
    print(e)
