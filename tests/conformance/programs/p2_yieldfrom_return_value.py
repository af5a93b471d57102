# the value of a yield from expression is the sub-generator's return value
def sub(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total

def main():
    a = yield from sub(3)
    print("  sub(3) returned", a)
    b = yield from sub(5)
    print("  sub(5) returned", b)
    c = yield from []
    print("  yield from [] gives", c)
    return a + b

g = main()
values = []
while True:
    try:
        values.append(next(g))
    except StopIteration as e:
        print("main returned", e.value)
        break
print(values)

# a sub-generator without return gives None
def no_return():
    yield 1

def caller():
    r = yield from no_return()
    yield ("got", r)

print(list(caller()))

# return values through an expression
def doubled():
    return (yield from sub(4)) * 2

try:
    g2 = doubled()
    while True:
        next(g2)
except StopIteration as e:
    print("doubled:", e.value)
