total = 0
def add_ok(x):
    global total
    total = total + x
    return total
def add(x):
    print("adding", x)
    total = total + x
    return total
print(add_ok(3), add_ok(4))
add(5)
