# a generator local to a function is closed when the function returns
def resource(name):
    print("  open", name)
    try:
        yield name + "-data"
        yield name + "-more"
    finally:
        print("  release", name)

def peek(name):
    r = resource(name)
    value = next(r)
    print("  peek got", value)
    return value.upper()

print("result:", peek("A"))
print("---")

# returned generators survive the function
def make(name):
    r = resource(name)
    next(r)
    return r

kept = make("B")
print("kept alive, next:", next(kept))
kept = None
print("---")

# a generator created and advanced in an expression is a temporary
print("temp value:", next(resource("C")))
print("---")

# nested functions: the innermost scope ends first
def outer():
    r1 = resource("outer-res")
    next(r1)
    def inner():
        r2 = resource("inner-res")
        next(r2)
        print("  inner returning")
    inner()
    print("  outer returning")

outer()
print("end")
