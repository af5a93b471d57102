sets = [set(), {1}, {1, 2}, {2, 3}, {1, 2, 3}]
for x in sets:
    for y in sets:
        row = [x <= y, x < y, x == y]
        print(sorted(x), sorted(y), row, sorted(x | y), sorted(x & y))
print("differences:")
for x in sets[1:]:
    for y in sets[1:]:
        print(sorted(x), "-", sorted(y), "=", sorted(x - y), "^", sorted(x ^ y))
print(len({frozen for frozen in range(3)}))
print(sorted({1, 2, 3} - {2} | {9}), sorted({1, 2} & {2, 3} | {7}))
