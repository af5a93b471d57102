text = "the rain in spain stays mainly in the plain"
print(text.count("ain"), text.count("in"), text.count("the"))
positions = []
start = 0
while True:
    i = text.find("ain", start)
    if i == -1:
        break
    positions.append(i)
    start = i + 1
print(positions)
print(text.find("ain", 10, 20), text.find("ain", 40))
words = text.split()
print(len(words), [w for w in words if "ain" in w])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for w in sorted(freq):
    print(w, freq[w])
print(text.replace("ain", "AIN", 2))
print(text.upper().count("AIN"), text.startswith("the"), text.endswith("plain"))
