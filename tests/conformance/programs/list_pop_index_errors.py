lst = [10, 20, 30]
print(lst.pop(1), lst)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    lst.pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    lst.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    lst.index("x")
except ValueError as e:
    print("ValueError:", e)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    print([1, 2] + (3,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(max([]))
except ValueError as e:
    print("ValueError:", e)
try:
    print(min([]))
except ValueError as e:
    print("ValueError:", e)
print(max([], default="empty"), min([], default=None))
stack = []
for x in [1, 2, 3]:
    stack.append(x)
while stack:
    print("popped", stack.pop())
