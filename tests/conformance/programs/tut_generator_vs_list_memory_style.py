def first_n_squares_list(n):
    result = []
    for i in range(n):
        result.append(i * i)
    return result
def first_n_squares_gen(n):
    for i in range(n):
        yield i * i
lst = first_n_squares_list(5)
gen = first_n_squares_gen(5)
print(type(lst).__name__, lst)
print(type(gen).__name__, list(gen))
print(len(lst))
try:
    print(len(first_n_squares_gen(5)))
except TypeError as e:
    print("TypeError:", e)
try:
    print(first_n_squares_gen(5)[2])
except TypeError as e:
    print("TypeError:", e)
print(list(first_n_squares_gen(5))[2])
def first_match(gen_func, pred):
    for x in gen_func:
        if pred(x):
            return x
print(first_match(first_n_squares_gen(10 ** 9), lambda v: v > 500))
