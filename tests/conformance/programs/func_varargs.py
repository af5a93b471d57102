def total(*nums):
    print(type(nums).__name__, len(nums), nums)
    return sum(nums)
print(total())
print(total(1))
print(total(1, 2, 3))
print(total(*range(5)))
def tag(name, *items):
    return name + ":" + ",".join(str(i) for i in items)
print(tag("empty"), tag("n", 1, 2), tag(*["x", "y", "z"]))
def first_rest(first, second=0, *rest):
    return first, second, rest
print(first_rest(1), first_rest(1, 2), first_rest(1, 2, 3, 4))
args = [3, 4]
print(first_rest(*args), first_rest(*[0] + args), first_rest(*args + [5]))
def maxof(*vals):
    best = None
    for v in vals:
        if best is None or v > best:
            best = v
    return best
print(maxof(), maxof(4, 9, 2), maxof(*"hello"))
print(max(*[3, 8, 1]), min(*"zebra"))
