names = ["bob", "Alice", "carol", "Dave", "eve", "alice"]
print(sorted(names))
print(sorted(names, key=lambda s: s.lower()))
print(sorted(names, key=len))
print(sorted(names, key=lambda s: (len(s), s)))
print(sorted(names, reverse=True))
print(min(names), max(names), min(names, key=len), max(names, key=len))
print("a" < "B", "a".upper() < "B", "10" < "9", "abc" < "abcd")
print("" == "", "a" != "A", "abc" > "ab")
words = "the cat sat on the mat by the door".split()
seen = []
for w in words:
    if w not in seen:
        seen.append(w)
print(seen)
print(sorted(seen, key=lambda w: (-words.count(w), w)))
