def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        kind = "small"
    elif n < 100:
        kind = "medium"
    else:
        kind = "large"
    return kind
for n in [-5, 0, 3, 42, 1000, 10 ** 20]:
    print(n, classify(n))
def truthy(x):
    if x:
        return "truthy"
    else:
        return "falsy"
for x in [0, 1, "", "a", [], [0], None, 0.0, {}, {0: 0}]:
    print(repr(x), truthy(x))
x = 7
if x > 5: print("inline if")
if x > 100:
    pass
elif x > 6:
    print("elif hit")
y = "yes" if x % 2 else "no"
print(y, "a" if x > 10 else "b" if x > 5 else "c")
