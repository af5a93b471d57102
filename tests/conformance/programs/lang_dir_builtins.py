# dir() of built-in objects, as CPython 3.11 lists them: the public methods of list,
# dict, str and generators, and the full lists' sizes.
def gen():
    yield 1


def public(obj):
    return [n for n in dir(obj) if not n.startswith("_")]


print(public([]))
print(public({}))
print(public(set()))
print(public(gen()))
print(public(1), public(1.0))
print(len(dir([])), len(dir("")), len(dir(())), dir(()) == dir(tuple))
print(dir(gen()) == sorted(dir(gen())), "__next__" in dir(gen()), "send" in dir(gen))
print([n for n in dir(gen) if n.startswith("__c")])
