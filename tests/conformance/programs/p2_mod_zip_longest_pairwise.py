# itertools.zip_longest (fillvalue=) and itertools.pairwise
import itertools

print(list(itertools.zip_longest("abc", [1, 2])))
print(list(itertools.zip_longest("abc", [1, 2], fillvalue="-")))
print(list(itertools.zip_longest([1], [2, 3], [4, 5, 6], fillvalue=0)))
print(list(itertools.zip_longest()))
print(list(itertools.zip_longest([], "x")))

# columns of uneven rows
rows = [["a", "b", "c"], ["d"], ["e", "f"]]
for col in itertools.zip_longest(*rows, fillvalue=""):
    print("|".join(c.ljust(1) for c in col))

print(list(itertools.pairwise([1, 2, 3, 4])))
print(list(itertools.pairwise("abc")))
print(list(itertools.pairwise([1])))
print(list(itertools.pairwise([])))

def temps():
    for t in [12, 15, 11, 11, 18]:
        yield t

changes = [b - a for a, b in itertools.pairwise(temps())]
print(changes)
print(["up" if b > a else "down" if b < a else "same" for a, b in itertools.pairwise(temps())])
