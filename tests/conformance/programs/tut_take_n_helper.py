def take(n, iterable):
    if n <= 0:
        return
    count = 0
    for item in iterable:
        yield item
        count += 1
        if count >= n:
            return
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(take(5, naturals())))
print(list(take(3, "generator")))
print(list(take(10, [1, 2])))
print(list(take(0, naturals())))
def drop(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            yield item
print(list(take(4, drop(10, naturals()))))
def take_while(pred, iterable):
    for item in iterable:
        if not pred(item):
            return
        yield item
print(list(take_while(lambda x: x * x < 50, naturals())))
