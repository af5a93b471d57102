text = """the quick brown fox
jumps over the lazy dog
the dog barks
and the fox runs"""
def read_lines(t):
    for line in t.split("\n"):
        yield line
def words(lines):
    for line in lines:
        for w in line.split():
            yield w.lower()
def long_words(ws, min_len):
    return (w for w in ws if len(w) >= min_len)
freq = {}
for w in words(read_lines(text)):
    freq[w] = freq.get(w, 0) + 1
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{w:<6}{n}")
print(sorted(set(long_words(words(read_lines(text)), 5))))
print(sum(1 for _ in words(read_lines(text))), "words")
