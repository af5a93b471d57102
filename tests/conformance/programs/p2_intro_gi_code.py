# gi_code is the function's code object
def counter(start, step=1):
    n = start
    while True:
        yield n
        n += step

g = counter(5)
code = g.gi_code
print(code is counter.__code__)
print(code.co_name)
print(code.co_argcount)
print(code.co_varnames)
print(g.gi_code.co_name == counter.__name__)

# different instances share one code object, but have their own frames
a, b = counter(1), counter(100, 10)
print(a.gi_code is b.gi_code, a.gi_frame is b.gi_frame)
next(a)
next(b)
next(b)
print(a.gi_frame.f_locals["n"], b.gi_frame.f_locals["n"])

# gi_code survives closing (gi_frame does not)
a.close()
print(a.gi_code.co_name, a.gi_frame)

# genexp code objects
ge = (i * i for i in range(3))
print(ge.gi_code.co_name, ge.gi_frame is not None)
print(list(ge), ge.gi_frame)
