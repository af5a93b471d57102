def running_average():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = running_average()
for v in [10, 20, 30, 40]:
    print(v, avg(v))
def make_history():
    history = []
    def record(x):
        history.append(x)
        return list(history)
    return record
rec = make_history()
print(rec("a"), rec("b"), rec("c"))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
def curry_add(a):
    def b_step(b):
        def c_step(c):
            return a + b + c
        return c_step
    return b_step
print(curry_add(1)(2)(3), curry_add("x")("y")("z"))
