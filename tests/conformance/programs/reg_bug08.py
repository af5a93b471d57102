# Regression: a difference from CPython found by programs written outside this repository.
def gen(n):
    try:
        yield n
    finally:
        print("fin", n)
gens = [gen(1), gen(2), gen(3)]
for g in gens:
    next(g)
del g
gens = None
print("end")
