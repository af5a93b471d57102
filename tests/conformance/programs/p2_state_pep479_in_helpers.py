# StopIteration leaking from helper functions called inside generators
def take_first(it):
    return next(it)

def heads(lists):
    for lst in lists:
        yield take_first(iter(lst))

try:
    for h in heads([[1], [2, 3], []]):
        print("head", h)
except RuntimeError as e:
    print("RuntimeError:", e)

# the same helper in a plain function: StopIteration escapes unchanged
def plain_heads(lists):
    result = []
    for lst in lists:
        result.append(take_first(iter(lst)))
    return result

try:
    plain_heads([[1], []])
except StopIteration:
    print("plain function: StopIteration unchanged")

# StopIteration inside a generator expression in a list() call is also converted
try:
    print(list(next(iter(x)) for x in ["ab", "", "c"]))
except RuntimeError as e:
    print("genexp:", e)

# but a list comprehension is not a generator: StopIteration escapes
try:
    print([next(iter(x)) for x in ["ab", "", "c"]])
except StopIteration:
    print("list comprehension: StopIteration escaped")
except RuntimeError:
    print("RuntimeError (unexpected)")
