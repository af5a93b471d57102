# GeneratorExit raised by the generator body itself
def raises_ge():
    yield 1
    raise GeneratorExit("manual")

g = raises_ge()
print(next(g))
try:
    next(g)
except GeneratorExit as e:
    print("GeneratorExit escaped next():", repr(e))
print(next(g, "finished"))

# during close, raising GeneratorExit again (with a message) is accepted
def reraise_new():
    try:
        yield 1
    except GeneratorExit:
        raise GeneratorExit("new one")

r = reraise_new()
next(r)
print("close ->", r.close())

# StopIteration raised in response to close: becomes RuntimeError
def stop_on_close():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration("odd")

s = stop_on_close()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
