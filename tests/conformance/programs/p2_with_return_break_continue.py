# __exit__ runs on return, break and continue
class Log:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("  enter", self.label)
        return self.label
    def __exit__(self, t, v, tb):
        print("  exit", self.label)

def early(n):
    with Log("func") as lbl:
        if n > 0:
            return lbl + " returned early"
        print("  not early")
    return "normal"

print(early(1))
print(early(0))

for i in range(4):
    with Log("loop " + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("  body", i)
print("after loop, i =", i)

# a with inside try/finally: exit runs before finally
def ordered():
    try:
        with Log("inner"):
            return "value"
    finally:
        print("  finally")

print(ordered())

# the as-target is whatever __enter__ returns, even None
class NoValue:
    def __enter__(self):
        pass
    def __exit__(self, *args):
        print("  exit got", len(args), "arguments:", args)

with NoValue() as nv:
    print("as-target:", nv)
