# a delegation chain still suspended at program end
def inner():
    try:
        yield "inner value"
    finally:
        print("inner finally at shutdown")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally at shutdown")

chain = outer()
print(next(chain))

def with_handler():
    try:
        yield "waiting"
    except GeneratorExit:
        print("with_handler got GeneratorExit")
        raise

h = with_handler()
print(next(h))
print("last line of the program")
