def countdown(n):
    if n == 10 ** 9:
        return n
    return countdown(n + 1)
def safe(n):
    return 0 if n == 0 else 1 + safe(n - 1)
print("safe depth", safe(100))
try:
    countdown(0)
except RecursionError:
    print("caught RecursionError once")
print("starting unbounded recursion")
countdown(0)
