def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add_item(1))
print(add_item(2))
print(add_item(3, []))
print(add_item(4))
def add_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(add_safe(1), add_safe(2))
def mutate(lst):
    lst.append("m")
    lst = ["rebound"]
    lst.append("x")
    return lst
orig = ["o"]
print(mutate(orig), orig)
nums = [1, 2, 3, 4, 5, 6]
evens = []
for n in nums:
    if n % 2 == 0:
        evens.append(n)
print(evens)
i = 0
while i < len(nums):
    if nums[i] % 2 == 0:
        del nums[i]
    else:
        i += 1
print(nums)
