# throwing into a generator that a for loop is consuming
def numbers():
    n = 0
    while True:
        try:
            yield n
        except ValueError:
            print("  skipping ahead")
            n += 100
        n += 1

gen = numbers()
seen = []
for x in gen:
    seen.append(x)
    if x == 2:
        seen.append(gen.throw(ValueError))
    if len(seen) > 6:
        break
print(seen)

# throw that ends the generator ends the for loop via StopIteration
def limited():
    try:
        for i in range(10):
            yield i
    except KeyError:
        print("  stopping on KeyError")

out = []
lim = limited()
for x in lim:
    out.append(x)
    if x == 3:
        try:
            lim.throw(KeyError)
        except StopIteration:
            print("throw -> StopIteration")
print(out)
print(list(lim))
