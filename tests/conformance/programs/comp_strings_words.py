sentence = "Generators make pipelines lazy and memory friendly"
words = sentence.split()
print([w.lower() for w in words])
print([w for w in words if w[0] == w[0].upper()])
print({w.lower(): len(w) for w in words})
print(sorted({ch for ch in sentence.lower() if ch != " "}))
print([w[::-1] for w in words])
print(" ".join(w[0].upper() + w[1:] for w in words))
acronym = "".join([w[0] for w in words]).upper()
print(acronym)
counts = {w: sentence.lower().count(w[0].lower()) for w in words}
print(counts)
print(max(words, key=len), min(words, key=len), [len(w) for w in words])
