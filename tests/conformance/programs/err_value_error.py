def check(v):
    print("checking", v)
    if v < 0:
        raise ValueError("bad value")
    return v * 2
print(check(1))
print(check(5))
try:
    check(-1)
except ValueError as e:
    print("handled:", e)
print(check(-3))
print("never printed")
