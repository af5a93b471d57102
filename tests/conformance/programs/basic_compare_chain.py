print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(1 == 1 == 1, 1 == 1 == 2)
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 < 2 > 0, 1 != 2 != 1)
def v(n):
    print("v", n)
    return n
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(5) > v(2))
print("abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
print([1, 2] == [1, 2], (1, 2) == [1, 2], [] == [])
print(1 == 1.0, 2 > 1.5, -1 < -0.5)
print(None == None, None is None, None != 0)
a = [1]
b = [1]
print(a == b, a is b, a is not b)
print(3 in [1, 2, 3], 4 not in [1, 2, 3], "b" in "abc", "ac" in "abc")
print(1 in {1: "x"}, "x" in {1: "x"})
