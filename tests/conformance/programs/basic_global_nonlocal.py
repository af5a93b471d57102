counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter, bump())
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 10
        return n
    inc()
    inc()
    return n
print(outer())
name = "module"
def shadow():
    name = "local"
    return name
print(shadow(), name)
def read_only():
    return counter * 100
print(read_only())
def nested_levels():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 1
        inner()
        inner()
    mid()
    return a
print(nested_levels())
