# A contextmanager decorator written by hand: it turns a generator function into a
# factory of class-based context managers, as contextlib does underneath.
import functools


class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(value)
        except StopIteration:
            return True
        except BaseException as e:
            if e is value:
                return False
            raise
        return False


def contextmanager(func):
    @functools.wraps(func)
    def helper(*args, **kwargs):
        return GeneratorCM(func(*args, **kwargs))
    return helper


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ZeroDivisionError:
        print("division problem")
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("inside", t)
with tag("div"):
    1 / 0
try:
    with tag("span"):
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)


@contextmanager
def empty():
    return
    yield


try:
    with empty():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
print(tag.__name__, tag.__wrapped__.__name__)
