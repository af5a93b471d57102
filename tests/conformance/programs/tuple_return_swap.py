def divmod_all(nums, d):
    out = []
    for n in nums:
        out.append(divmod(n, d))
    return tuple(out)
print(divmod_all([7, 8, 9, -1], 3))
def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b
print(fib_pair(10), fib_pair(90))
def stats(*nums):
    return len(nums), sum(nums), min(nums), max(nums)
count, total, lo, hi = stats(4, 9, 1, 7)
print(count, total, lo, hi)
print(stats(5))
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, j = i + 1, i + 2
print(i, j)
