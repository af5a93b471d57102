text = "  The Quick Brown Fox Jumps  "
print(repr(text.strip().lower()))
words = text.strip().lower().split()
print(words)
print("-".join(words).upper())
print(text.strip().replace("Quick", "Slow").split(" ")[1])
title = ""
for w in words:
    title += w[0].upper() + w[1:] + " "
print(repr(title.rstrip()))
line = "key1=val1; key2=val2;key3=val3"
pairs = {}
for part in line.split(";"):
    k, v = part.strip().split("=")
    pairs[k] = v
print(pairs)
path = "/usr/local/bin/python3"
print(path.split("/"), path.split("/")[-1], "/".join(path.split("/")[:-1]))
print(path.find("bin"), path[path.find("bin"):], path.count("/"))
fname = "report.final.TXT"
print(fname.lower().endswith(".txt"), fname[fname.find(".") + 1:])
