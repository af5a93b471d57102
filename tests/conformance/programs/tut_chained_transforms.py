raw = ["  Alice,34 ", "bob,27", " CAROL , 41", "", "dave,x", "eve,29  "]
def clean(lines):
    for line in lines:
        line = line.strip()
        if line:
            yield line
def to_pairs(lines):
    for line in lines:
        name, age = line.split(",")
        yield name.strip().lower(), age.strip()
def valid_ages(pairs):
    for name, age in pairs:
        try:
            yield name, int(age)
        except ValueError:
            print(f"  invalid age for {name}: {age!r}")
people = list(valid_ages(to_pairs(clean(raw))))
print(people)
print("average age:", sum(a for _, a in people) / len(people))
print("oldest:", max(people, key=lambda p: p[1])[0])
print("names:", ", ".join(n.upper() for n, _ in people))
