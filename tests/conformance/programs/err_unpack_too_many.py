rows = ["a,1", "b,2", "c,3,extra", "d,4"]
print(len(rows), "rows")
print("first row:", rows[0].split(","))
def parse(row):
    name, value = row.split(",")
    return name, int(value)
for row in rows:
    name, value = parse(row)
    print(name, value * 10)
print("never printed")
