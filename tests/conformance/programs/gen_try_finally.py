def guarded(n):
    print("  setup")
    try:
        for i in range(n):
            print("  yielding", i)
            yield i
    finally:
        print("  cleanup")
    print("  after finally")
for x in guarded(2):
    print("got", x)
print("---")
print(list(guarded(1)))
print("---")
def catches():
    for i in range(4):
        try:
            if i == 2:
                raise ValueError("bad " + str(i))
            yield i
        except ValueError as e:
            print("  handled inside generator:", e)
            yield -1
print(list(catches()))
def raises_late():
    yield 1
    yield 2
    raise KeyError("late")
out = []
try:
    for v in raises_late():
        out.append(v)
except KeyError as e:
    print("consumer caught", repr(e), "after", out)
