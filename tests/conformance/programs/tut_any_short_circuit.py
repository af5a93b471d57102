def is_negative(n):
    print(f"  checking {n}")
    return n < 0
numbers = [3, 8, -2, 7, -5, 1]
print("any with a generator expression:")
print(any(is_negative(n) for n in numbers))
print("all with a generator expression:")
print(all(not is_negative(n) for n in numbers))
print("any with a list comprehension checks everything first:")
print(any([is_negative(n) for n in numbers]))
def has_long_word(words, limit):
    return any(len(w) > limit for w in words)
print(has_long_word(["hi", "there", "generators"], 6), has_long_word(["a", "b"], 3))
print(any(x for x in []), all(x for x in []))
