def gen():
    yield "x"
    yield "y"
    return "ret"
it = gen()
while True:
    try:
        item = next(it)
    except StopIteration as stop:
        print("loop ended, return value:", stop.value)
        break
    print("item", item)
it = iter([1, 2])
collected = []
while True:
    try:
        collected.append(next(it))
    except StopIteration as stop:
        print("list iterator StopIteration value:", stop.value, repr(stop))
        break
print(collected)
def first_or_error(it):
    try:
        return next(iter(it))
    except StopIteration:
        raise ValueError("empty input") from None
print(first_or_error([9, 8]))
try:
    first_or_error([])
except ValueError as e:
    print("ValueError:", e)
try:
    raise StopIteration("manual")
except Exception as e:
    print(type(e).__name__, e, e.value)
