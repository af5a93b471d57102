# close() forwarded by yield from to an iterator's own close(): the outer generator
# is still running meanwhile, so re-entering it is an error.
import inspect


class Ticker:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def close(self):
        print("Ticker.close sees", inspect.getgeneratorstate(g), g.gi_running)
        for how in ("next", "send"):
            try:
                if how == "next":
                    next(g)
                elif how == "send":
                    g.send(1)
                print(how, "worked")
            except ValueError as e:
                print(how, type(e).__name__, e)


def outer():
    try:
        yield from Ticker()
    finally:
        print("outer finally")


g = outer()
print(next(g), next(g))
g.close()
print(inspect.getgeneratorstate(g), g.gi_running)
