def outer():
    n = 0
    def broken():
        try:
            n += 1
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
        return "done"
    print(broken())
    def fixed():
        nonlocal n
        n += 1
        return n
    print(fixed(), fixed())
    return n
print(outer())
def gen_counter():
    c = 0
    def bump():
        nonlocal c
        c += 1
        return c
    return bump
b = gen_counter()
print([b() for _ in range(5)])
total = 0
def add_global(x):
    global total
    total += x
    return total
print(add_global(5), add_global(7), total)
def reads_global_late():
    return later_defined
later_defined = "defined after the function"
print(reads_global_late())
