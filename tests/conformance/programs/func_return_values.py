def nothing():
    pass
def early(x):
    if x < 0:
        return "negative"
    if x == 0:
        return
    return x * 2
def multi():
    return 1, "two", [3]
print(nothing(), early(-1), early(0), early(21))
a, b, c = multi()
print(a, b, c, multi())
def find(lst, target):
    for i, v in enumerate(lst):
        if v == target:
            return i
    return -1
print(find([5, 6, 7], 7), find([5, 6, 7], 9))
def loop_return():
    for i in range(10):
        while True:
            if i == 3:
                return "found " + str(i)
            break
    return "none"
print(loop_return())
def returns_func():
    def inner():
        return "inner called"
    return inner
print(returns_func()())
def try_return():
    try:
        return "from try"
    finally:
        print("finally runs before return completes")
print(try_return())
