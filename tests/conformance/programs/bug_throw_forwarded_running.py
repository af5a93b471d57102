# throw() forwarded by yield from to an iterator's own throw(): the outer generator
# counts as running meanwhile, while its gi_yieldfrom still shows the delegate.
import inspect


class Echo:
    def __iter__(self):
        return self

    def __next__(self):
        return "tick"

    def throw(self, exc):
        print("Echo.throw sees", inspect.getgeneratorstate(outer_gen), outer_gen.gi_running, type(outer_gen.gi_yieldfrom).__name__)
        try:
            next(outer_gen)
        except ValueError as e:
            print("re-entering:", e)
        return "handled " + type(exc).__name__


def outer():
    yield from Echo()


outer_gen = outer()
print(next(outer_gen))
print(type(outer_gen.gi_yieldfrom).__name__)
print(outer_gen.throw(KeyError("k")))
print(inspect.getgeneratorstate(outer_gen))
