word = "mississippi"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items()))
print(list("abc"), tuple("xy"), set("aab") == {"a", "b"})
for i, ch in enumerate("hey"):
    print(i, ch)
vowels = 0
for ch in "Programming in Python":
    if ch.lower() in "aeiou":
        vowels += 1
print("vowels", vowels)
rev = ""
for ch in "stressed":
    rev = ch + rev
print(rev)
print([c * 2 for c in "abc"])
it = iter("xyz")
print(next(it), next(it), next(it), next(it, "done"))
print(list(reversed("abc")), "".join(reversed("stop")))
print(list(zip("abc", "12")))
