def squares(n):
    for i in range(n):
        yield i * i
g = squares(4)
print("first pass:")
for v in g:
    print(" ", v)
print("second pass:")
for v in g:
    print(" ", v)
print("second pass printed nothing")
print(list(g), sum(g))
g2 = squares(5)
print(next(g2), next(g2))
print("rest:", list(g2))
print("after list:", list(g2))
g3 = squares(6)
for v in g3:
    if v > 3:
        break
print("resume after break:", list(g3))
g4 = squares(3)
print(3 in squares(3), 4 in g4, list(g4))
g5 = squares(10)
print(9 in g5, next(g5))
