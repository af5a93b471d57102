inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan)
print(repr(inf), str(nan), float("Infinity"), float("-NaN"))
print(inf + 1, inf * 2, inf - inf, inf * 0)
print(-inf, inf > 1e308, ninf < -1e308)
print(1e308 * 10, -1e308 * 10)
print(nan == nan, nan is nan, [nan] == [nan])
print(inf == inf, inf == float("inf"))
print(max(1.0, inf), min(1.0, ninf))
print(1 / inf, -1 / inf)
print(type(inf).__name__, isinstance(nan, float))
print(abs(ninf), abs(-0.0))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError:", e)
