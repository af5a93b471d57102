def sorted_check(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b
    return True
print(sorted_check([1, 2, 3]))
print(sorted_check([]))
print(sorted_check(["a", "b"]))
try:
    sorted_check([2, 1])
except AssertionError as e:
    print("caught:", repr(e))
print(sorted_check([3, 1]))
