def make_gen(factor):
    def gen(n):
        for i in range(n):
            yield i * factor
    return gen
triple = make_gen(3)
print(list(triple(4)), list(make_gen(-1)(3)))
def counter_with_state():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    for _ in range(3):
        yield step()
print(list(counter_with_state()))
limit = 3
def uses_global():
    i = 0
    while i < limit:
        yield i
        i += 1
g = uses_global()
print(next(g))
limit = 5
print(list(g))
def gen_lambda_items():
    for k in range(3):
        yield lambda x, k=k: x + k
print([f(10) for f in gen_lambda_items()])
