# a value sent in can make the generator body raise; the exception reaches send()
def inverter():
    result = None
    while True:
        x = yield result
        result = 1 / x

g = inverter()
next(g)
print(g.send(4))
print(g.send(0.5))
try:
    g.send(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# the generator is finished after the exception escaped
try:
    g.send(2)
except StopIteration:
    print("generator is closed now")

def safe_inverter():
    result = None
    while True:
        x = yield result
        try:
            result = 1 / x
        except ZeroDivisionError:
            result = "inf"
        except TypeError as e:
            result = "bad: " + str(e)

s = safe_inverter()
next(s)
for v in [2, 0, "a", 8]:
    print(repr(v), "->", s.send(v))
