# gi_frame exists until the generator is finished, then it is None
def gen():
    yield 1
    yield 2

g = gen()
print("created: frame is None?", g.gi_frame is None)
next(g)
print("suspended: frame is None?", g.gi_frame is None)
next(g)
print("suspended again:", g.gi_frame is None)
print(next(g, "end"))
print("finished: frame is None?", g.gi_frame is None)

h = gen()
next(h)
h.close()
print("closed: gi_frame =", h.gi_frame)

def failing():
    yield 1
    raise ValueError

f = failing()
next(f)
try:
    next(f)
except ValueError:
    pass
print("after exception: gi_frame =", f.gi_frame)

# the frame's code is the generator's code
k = gen()
print(k.gi_frame.f_code is k.gi_code, k.gi_code is gen.__code__)
print(k.gi_frame.f_code.co_name)
