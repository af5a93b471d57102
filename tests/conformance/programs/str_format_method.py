print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0} and {x}".format("pos", x="kw"))
print("[{:>6}]".format("hi"), "[{:<6}]".format("hi"), "[{:^6}]".format("hi"))
print("{:.3f}".format(3.14159), "{:5d}|".format(42), "{:,}".format(1234567))
print("{:08.3f}".format(-3.5), "{:x}".format(255), "{:e}".format(12345.678))
print("{:%}".format(0.25), "{:.1%}".format(0.123))
print("{} {}".format([1, 2], (3,)))
print("{{literal}} {}".format("x"))
print("{0:>5}|{1:<5}|".format(1, 2))
vals = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for n, p, q in vals:
    print("{:<8}{:>6.2f}{:>4}".format(n, p, q))
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{name}".format(other=1))
except KeyError as e:
    print("KeyError:", repr(e))
