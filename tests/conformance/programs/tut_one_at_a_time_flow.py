def produce():
    for item in ["apple", "banana", "cherry"]:
        print(f"produce: {item}")
        yield item
def transform(items):
    for item in items:
        result = item.upper()
        print(f"  transform: {item} -> {result}")
        yield result
def consume(items):
    for item in items:
        print(f"    consume: {item}")
consume(transform(produce()))
print("--- eager version for contrast ---")
produced = []
for item in ["apple", "banana", "cherry"]:
    print(f"produce: {item}")
    produced.append(item)
transformed = []
for item in produced:
    print(f"  transform: {item}")
    transformed.append(item.upper())
for item in transformed:
    print(f"    consume: {item}")
