def numbers(n):
    for i in range(n):
        yield i
print("range-based generator:")
for x in numbers(5):
    print(x)
gen = numbers(3)
print(next(gen))
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("no more numbers")
print(list(numbers(10)))
print(sum(numbers(101)))
def squares_upto(n):
    for i in range(1, n + 1):
        yield i * i
print(list(squares_upto(6)))
