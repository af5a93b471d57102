# raising StopIteration inside a generator is converted to RuntimeError (PEP 479)
def read_until(items, sentinel):
    for item in items:
        if item == sentinel:
            print("  found the sentinel, raising StopIteration")
            raise StopIteration
        yield item

print(list(read_until([1, 2, 3], 9)))
for x in read_until(["a", "b", "STOP", "c"], "STOP"):
    print("got", x)
print("never printed")
