# gi_running and gi_yieldfrom watched from outside and inside
def inner():
    print("  inner: outer running?", outer_gen.gi_running, "inner running?", inner_gen.gi_running)
    yield "i"

def outer():
    print("  outer running?", outer_gen.gi_running)
    yield from inner_gen
    yield "o"

inner_gen = inner()
outer_gen = outer()
print("before:", outer_gen.gi_running, inner_gen.gi_running, outer_gen.gi_yieldfrom)
print(next(outer_gen))
print("suspended:", outer_gen.gi_running, inner_gen.gi_running)
print("delegating to inner:", outer_gen.gi_yieldfrom is inner_gen)
print(next(outer_gen))
print("after delegation:", outer_gen.gi_yieldfrom)
print(next(outer_gen, "end"), outer_gen.gi_running, outer_gen.gi_frame)

# a generator that reports its own attributes
def introspective():
    yield ("running", me.gi_running)
    yield ("has frame", me.gi_frame is not None)
    yield ("yieldfrom", me.gi_yieldfrom)
    yield ("name", me.__name__)

me = introspective()
for item in me:
    print(item)
