def expensive(n):
    print(f"  computing {n}")
    return n * 100
print("list comprehension (eager):")
values = [expensive(n) for n in range(4)]
print("first value:", values[0])
print("generator expression (lazy):")
values = (expensive(n) for n in range(4))
print("first value:", next(values))
print("second value:", next(values))
print("rest:", list(values))
print("sum of a thousand squares without a list:", sum(n * n for n in range(1000)))
big = (n for n in range(10 ** 12))
print("created a generator over a trillion numbers; first three:", next(big), next(big), next(big))
