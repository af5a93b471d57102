# tutorial: with_progress(iterable, every) wraps any iterable and reports progress
def with_progress(iterable, every):
    count = 0
    for item in iterable:
        count += 1
        if count % every == 0:
            print("  ... processed", count, "items")
        yield item
    print("  done:", count, "items in total")

total = 0
for x in with_progress(range(1, 11), 4):
    total += x
print("total", total)

# progress over a generator pipeline
def squares(n):
    for i in range(n):
        yield i * i

evens = [s for s in with_progress(squares(7), 3) if s % 2 == 0]
print(evens)

# breaking out early: "done" is never printed
for x in with_progress("abcdefgh", 2):
    if x == "e":
        print("stopping at", x)
        break
print("after break")

# empty input
print(list(with_progress([], 1)))
