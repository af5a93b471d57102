def count_up_to(limit):
    count = 1
    while count <= limit:
        yield count
        count += 1
counter = count_up_to(3)
print(next(counter))
print(next(counter))
print(next(counter))
print(next(counter, "finished"))
for n in count_up_to(5):
    print("counting", n)
print(list(count_up_to(0)), list(count_up_to(1)))
def count_down_from(n):
    while n > 0:
        yield n
        n -= 1
    yield "liftoff"
print(list(count_down_from(5)))
