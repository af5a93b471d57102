def nums(n):
    for i in range(1, n + 1):
        yield i
print(list(nums(5)), tuple(nums(3)), set(nums(3)) == {1, 2, 3})
print(sum(nums(100)), min(nums(5)), max(nums(5)))
print(sorted(nums(4), reverse=True), sorted(nums(0)))
print(any(x > 3 for x in nums(5)), all(nums(5)), any(nums(0)), all(nums(0)))
print(list(zip(nums(3), "abc")), list(enumerate(nums(3), 1)))
print(list(map(lambda x: x * x, nums(4))), list(filter(lambda x: x % 2, nums(6))))
def words():
    yield "gen"
    yield "er"
    yield "ators"
print("".join(words()), "-".join(words()))
def pairs():
    yield ("a", 1)
    yield ("b", 2)
print(dict(pairs()))
print(max(words(), key=len), min(words(), key=len))
print(list(reversed(list(nums(4)))))
print(max(nums(0), default="none"), min(nums(0), default=-1))
a, b, c = nums(3)
print(a, b, c)
print(*nums(4))
print(sum(x * x for x in nums(10)))
print(list(filter(None, (x % 3 for x in nums(7)))))
