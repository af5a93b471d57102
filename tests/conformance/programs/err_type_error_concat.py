def label(name, count):
    return name + ": " + count
print(label("apples", str(3)))
print(label("pears", "7"))
print(label("figs", f"{12}"))
try:
    label("kiwis", 5)
except TypeError as e:
    print("caught:", e)
print(label("plums", 12))
print("never printed")
