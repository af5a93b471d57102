text = "it was the best of times it was the worst of times"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:>6} {c}")
letters = {}
for ch in text:
    if ch != " ":
        if ch in letters:
            letters[ch] += 1
        else:
            letters[ch] = 1
top = sorted(letters, key=lambda k: letters[k], reverse=True)[:3]
print(top, [letters[k] for k in top])
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, by_len[n])
