def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError caught:", type(e).__name__)
    print(str(e).startswith("maximum recursion depth exceeded"))
    print(isinstance(e, RuntimeError))
def safe_depth(n):
    if n == 0:
        return 0
    return 1 + safe_depth(n - 1)
print(safe_depth(200))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion also hits the limit")
print("still alive")
