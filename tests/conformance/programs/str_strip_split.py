raw = "   padded text \t\n"
print(repr(raw.strip()), repr(raw.lstrip()), repr(raw.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("..a..".lstrip(".")))
print("a,b,,c".split(","))
print("  many   spaces here ".split())
print("one two three".split(" "))
print("a-b-c-d".split("-", 2))
print("".split(), "".split(","), ",".split(","))
print("line1\nline2\nline3".split("\n"))
print("k=v=w".split("="))
words = "The quick brown fox".split()
print(len(words), words[-1], words[::-1])
print(" | ".join(words), "".join(words), "-".join("abc"))
print(",".join([]), ",".join(["solo"]))
try:
    print(",".join([1, 2]))
except TypeError as e:
    print("TypeError:", e)
csv = "2024-01-05,north,12.50"
date, region, amount = csv.split(",")
print(date, region, float(amount) * 2)
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
