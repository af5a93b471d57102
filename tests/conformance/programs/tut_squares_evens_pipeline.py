def numbers(limit):
    for n in range(1, limit + 1):
        yield n
def square(seq):
    for n in seq:
        yield n * n
def evens(seq):
    for n in seq:
        if n % 2 == 0:
            yield n
pipeline = evens(square(numbers(10)))
for value in pipeline:
    print(value)
print(list(evens(square(numbers(20)))))
print(sum(evens(square(numbers(100)))))
squares = (n * n for n in range(1, 11))
even_squares = (s for s in squares if s % 2 == 0)
print(list(even_squares))
