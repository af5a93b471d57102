# a generator kept alive by an exception's traceback is closed when the handler ends
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("  finally", name)

def failing():
    g = gen("local in failing")
    next(g)
    raise ValueError("boom")

try:
    failing()
except ValueError as e:
    print("in handler:", e)
print("after try")

# a for loop inside a function that raises: the loop iterator is dropped during unwinding
def loop_fail():
    for x in gen("loop in function"):
        raise KeyError("k")

try:
    loop_fail()
except KeyError:
    print("in handler 2")
print("after try 2")

# a for loop at module level inside try
try:
    for x in gen("module loop"):
        raise IndexError("i")
except IndexError:
    print("in handler 3")
print("after try 3")
