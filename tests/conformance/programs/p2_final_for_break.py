# leaving a for loop with break drops the loop's generator at once
def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("  numbers finally")

for n in numbers():
    print("loop", n)
    if n == 2:
        print("breaking")
        break
print("after the loop")

# return from inside a for loop in a function
def first_big(limit):
    for n in numbers():
        if n * n > limit:
            print("returning", n)
            return n
    return None

print("first_big ->", first_big(10))

# but a generator that is still referenced by a name survives the break
g = numbers()
for n in g:
    if n == 1:
        break
print("broke out, g still alive; next is", next(g))
del g
print("after del g")

# the loop finishing normally runs finally during the loop
for n in numbers():
    pass
print("normal end")
