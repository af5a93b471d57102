def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=4, base=2), power(5, exp=0))
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Ben", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))
def show(a, b=2, c=3):
    print("a", a, "b", b, "c", c)
show(1)
show(1, c=30)
show(c=300, a=100)
show(*[7, 8, 9])
show(*(1,))
def counter(start=[0]):
    start[0] += 1
    return start[0]
print(counter(), counter(), counter([10]), counter())
x = 5
def captured(v=x):
    return v
x = 6
print(captured(), captured(7))
