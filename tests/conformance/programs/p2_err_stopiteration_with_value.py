# next() past the end of a generator with a return value: StopIteration: value
def job():
    yield "step 1"
    yield "step 2"
    return 42

j = job()
print(next(j))
print(next(j))
next(j)
print("never printed")
