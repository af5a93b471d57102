def double(x):
    return x * 2
def negate(x):
    return -x
def apply_all(funcs, value):
    return [f(value) for f in funcs]
print(apply_all([double, negate, abs, str], -4))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(double, 10, 1), apply_n(negate, 3, 5))
table = {"d": double, "n": negate}
print(table["d"](21), table["n"](table["d"](3)))
alias = double
print(alias(8), alias is double, alias == double)
print(type(double).__name__)
print(list(map(double, [1, 2, 3])), sorted([3, -1, 2], key=negate))
def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run
p = pipeline(double, negate, str, len)
print(p(12345), pipeline()(99))
