a = "foo"
b = "bar"
print(a + b, a * 3, 3 * b, a * 0, repr(a * -1))
print("-" * 20)
print("ab" in "cabd", "ba" in "abc", "" in "abc", "x" not in "abc")
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
parts = []
for w in ["alpha", "beta", "gamma"]:
    parts.append(w[0].upper() + w[1:])
print(" ".join(parts))
try:
    print("age: " + 30)
except TypeError as e:
    print("TypeError:", e)
try:
    print(30 + "age")
except TypeError as e:
    print("TypeError:", e)
try:
    print("x" * 2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" - "b")
except TypeError as e:
    print("TypeError:", e)
print("a" < "b", "apple" < "banana", "Zebra" < "apple", "abc" == "abc")
print(max("hello"), min("hello"), sorted("hello"))
