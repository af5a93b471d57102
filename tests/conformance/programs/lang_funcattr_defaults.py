# __defaults__ and __kwdefaults__ of a generator function, read and replaced.
def window(seq, size=2, step=1, *, pad=None):
    seq = list(seq)
    for i in range(0, len(seq), step):
        chunk = seq[i:i + size]
        if len(chunk) < size:
            if pad is None:
                return
            chunk += [pad] * (size - len(chunk))
        yield tuple(chunk)


print(window.__defaults__, window.__kwdefaults__)
print(list(window("abcde")))
window.__defaults__ = (3, 2)
print(list(window("abcdefg")))
window.__kwdefaults__ = {"pad": "_"}
print(list(window("abcdefg")))
try:
    window.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
window.__defaults__ = None
try:
    list(window("ab"))
except TypeError as e:
    print(type(e).__name__, e)
print(window.__defaults__)
