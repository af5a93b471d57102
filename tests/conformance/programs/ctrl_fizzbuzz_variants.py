for i in range(1, 16):
    out = ""
    if i % 3 == 0:
        out += "Fizz"
    if i % 5 == 0:
        out += "Buzz"
    print(out or i)
print([("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0)) or i for i in range(1, 16)])
d = {3: "Fizz", 5: "Buzz", 7: "Bazz"}
for i in [1, 3, 5, 7, 15, 21, 35, 105]:
    s = "".join(v for k, v in d.items() if i % k == 0)
    print(i, s or str(i))
