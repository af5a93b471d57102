# import sys: the recursion limit
import sys

print(sys.getrecursionlimit())

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)

# recursion limits also apply to recursive generators
def nested(n):
    if n > 0:
        yield from nested(n - 1)
    yield n

print(sum(nested(200)))
try:
    sum(nested(100000))
except RecursionError as e:
    print("RecursionError in generators:", type(e).__name__)
print(issubclass(RecursionError, RuntimeError))
print(type(sys.getrecursionlimit()).__name__)
print("still working:", depth(10))
