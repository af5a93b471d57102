# tutorial: receiver coroutines and a decorator-free priming helper
def prime(coroutine):
    next(coroutine)
    return coroutine

def grep(pattern):
    print("Looking for", repr(pattern))
    try:
        while True:
            line = yield
            if pattern in line:
                print("  match:", line)
    except GeneratorExit:
        print("Done looking for", repr(pattern))

g = prime(grep("python"))
for line in ["I love python", "Don't use java", "python generators rock", "PYTHON shouting"]:
    g.send(line)
g.close()

# a receiver that counts words it is sent
def word_counter(results):
    try:
        while True:
            text = yield
            for w in text.split():
                results[w] = results.get(w, 0) + 1
    finally:
        print("word_counter finished with", len(results), "distinct words")

counts = {}
wc = prime(word_counter(counts))
wc.send("the cat sat")
wc.send("the cat ran")
wc.send("")
wc.close()
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
