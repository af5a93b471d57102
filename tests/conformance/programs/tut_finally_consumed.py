def read_records(records):
    print("open resource")
    try:
        for r in records:
            print("  read", r)
            yield r
    finally:
        print("close resource")
total = 0
for rec in read_records([5, 10, 15]):
    total += rec
print("total:", total)
print(list(read_records(["a", "b"])))
print(sum(read_records([])))
def guarded_division(pairs):
    try:
        for a, b in pairs:
            yield a / b
    finally:
        print("guarded_division finished")
try:
    for q in guarded_division([(1, 2), (3, 0), (5, 5)]):
        print("quotient", q)
except ZeroDivisionError as e:
    print("caught:", e)
