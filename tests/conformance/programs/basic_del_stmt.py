x = 10
print(x)
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1]
del lst[1]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", repr(e))
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print(e)
nums = list(range(10))
del nums[0]
del nums[4]
print(nums)
try:
    del nums[100]
except IndexError as e:
    print("IndexError:", e)
