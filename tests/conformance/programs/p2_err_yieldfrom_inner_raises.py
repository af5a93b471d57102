# an exception raised three levels down comes out through the delegation chain
def level3(values):
    for v in values:
        yield 100 // v

def level2(values):
    try:
        result = yield from level3(values)
    finally:
        print("  level2 finally")
    return result

def level1(values):
    yield from level2(values)
    print("  level1 after the delegation")

print(list(level1([1, 2, 4])))
for x in level1([5, 0, 1]):
    print("value", x)
print("never printed")
