def outer(x):
    def helper(y):
        return y * 10
    def other(z):
        return helper(z) + 1
    return other(x) + helper(1)
print(outer(2))
def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return add, sub
add, sub = make_ops()
print(add(5, 3), sub(5, 3))
def recursive_inner(n):
    def go(k):
        if k == 0:
            return []
        return [k] + go(k - 1)
    return go(n)
print(recursive_inner(5))
def defined_late():
    return later() * 2
def later():
    return 21
print(defined_late())
def redefine():
    return 1
first = redefine
def redefine():
    return 2
print(first(), redefine())
