n = 10000
by_list = sum([i * i for i in range(n)])
by_gen = sum(i * i for i in range(n))
def squares(limit):
    for i in range(limit):
        yield i * i
by_func = sum(squares(n))
print(by_list, by_gen, by_func)
print(by_list == by_gen == by_func)
print(by_gen == (n - 1) * n * (2 * n - 1) // 6)
print(type([i for i in range(3)]).__name__, type(i for i in range(3)).__name__)
print(sum(i ** 3 for i in range(1, 101)), sum(range(1, 101)) ** 2)
