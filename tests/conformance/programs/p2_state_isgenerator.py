# inspect.isgenerator and inspect.isgeneratorfunction
import inspect

def genfunc():
    yield 1

def plain():
    return [1]

def gen_with_unreachable_yield():
    return 3
    yield

class Thing:
    def method_gen(self):
        yield self
    def method(self):
        return self

g = genfunc()
print("isgeneratorfunction(genfunc):", inspect.isgeneratorfunction(genfunc))
print("isgeneratorfunction(plain):", inspect.isgeneratorfunction(plain))
print("isgeneratorfunction(unreachable):", inspect.isgeneratorfunction(gen_with_unreachable_yield))
print("isgeneratorfunction(g):", inspect.isgeneratorfunction(g))
print("isgeneratorfunction(lambda):", inspect.isgeneratorfunction(lambda: (yield)))
print("isgeneratorfunction(method):", inspect.isgeneratorfunction(Thing().method_gen))
print("isgeneratorfunction(Thing.method_gen):", inspect.isgeneratorfunction(Thing.method_gen))
print("isgeneratorfunction(Thing.method):", inspect.isgeneratorfunction(Thing.method))
print("isgenerator(g):", inspect.isgenerator(g))
print("isgenerator(genfunc):", inspect.isgenerator(genfunc))
print("isgenerator(genexp):", inspect.isgenerator(x for x in "ab"))
print("isgenerator(list):", inspect.isgenerator([1, 2]))
print("isgenerator(iter(list)):", inspect.isgenerator(iter([1, 2])))
print("isgenerator(range):", inspect.isgenerator(range(3)))
print("isgenerator(map):", inspect.isgenerator(map(str, [1])))
g.close()
print("isgenerator(closed g):", inspect.isgenerator(g))
print("type name:", type(g).__name__, type(x for x in []).__name__)
print("isgenerator(Thing().method_gen()):", inspect.isgenerator(Thing().method_gen()))
print("isfunction(genfunc):", inspect.isfunction(genfunc))
