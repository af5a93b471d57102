def letters():
    yield "a"
    yield "b"
    yield "c"
gen = letters()
print("first loop:")
for ch in gen:
    print(ch)
print("second loop:")
for ch in gen:
    print(ch)
print("(nothing printed in the second loop)")
print("list after use:", list(gen))
print("fresh generator:", list(letters()))
squares = (n * n for n in range(4))
print(sum(squares), sum(squares))
data = [n * n for n in range(4)]
print(sum(data), sum(data))
def reusable():
    return letters()
print(list(reusable()), list(reusable()))
