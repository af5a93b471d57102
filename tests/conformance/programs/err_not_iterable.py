def total(items):
    result = 0
    for x in items:
        result += x
    return result
print(total([1, 2, 3]))
print(total(range(5)))
print(total(x * x for x in range(4)))
print(total({1: "a", 2: "b"}))
print(total(42))
