# f_locals of generators with arguments, closures and nested loops
def make(prefix):
    sep = ":"
    def gen(words):
        count = 0
        for w in words:
            for ch in w[:1]:
                count += 1
                yield prefix + sep + ch
    return gen

g = make("P")(["ab", "cd"])
print(sorted(g.gi_frame.f_locals.items()))
print(next(g))
print(sorted(g.gi_frame.f_locals.items()))
print(next(g))
print(sorted(k for k in g.gi_frame.f_locals))
print(list(g))
print(g.gi_frame)

def kwgen(*args, **kwargs):
    yield len(args) + len(kwargs)

k = kwgen(1, 2, x=3)
loc = k.gi_frame.f_locals
print(loc["args"], sorted(loc["kwargs"].items()))
print(next(k))
