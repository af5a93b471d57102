# an iterable class whose __iter__ is a generator method: re-iterable
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __iter__(self):
        for i, song in enumerate(self.songs):
            yield str(i + 1) + ". " + song

    def __len__(self):
        return len(self.songs)

p = Playlist("Intro", "Verse", "Outro")
for line in p:
    print(line)
print(list(p))
print(list(p))
print(len(p), "songs")
it = iter(p)
print(type(it).__name__, next(it))
print(next(it), next(it), next(it, "end"))

# two independent iterations at the same time
outer_lines = []
for a in p:
    for b in p:
        if a < b:
            outer_lines.append(a[0] + "<" + b[0])
print(outer_lines)

# an iterable with a reverse view
class Word:
    def __init__(self, text):
        self.text = text
    def __iter__(self):
        yield from self.text
    def backwards(self):
        i = len(self.text)
        while i > 0:
            i -= 1
            yield self.text[i]

w = Word("stream")
print("".join(w), "".join(w.backwards()), sorted(w))
