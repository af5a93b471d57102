def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
first_ten = []
for f in fibonacci():
    if len(first_ten) == 10:
        break
    first_ten.append(f)
print(first_ten)
def nth_fib(n):
    for i, f in enumerate(fibonacci()):
        if i == n:
            return f
print("fib(50) =", nth_fib(50))
print("fib(93) =", nth_fib(93))
print("fib(94) =", nth_fib(94), nth_fib(94) > 2 ** 64)
print("fib(100) =", nth_fib(100))
print("fib(300) =", nth_fib(300))
print("digits in fib(300):", len(str(nth_fib(300))))
def fib_below(limit):
    for f in fibonacci():
        if f >= limit:
            return
        yield f
print(list(fib_below(100)))
print(sum(f for f in fib_below(4000000) if f % 2 == 0))
