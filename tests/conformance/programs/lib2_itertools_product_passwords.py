# Enumerating short codes with product, stopping early with a generator search.
from itertools import product
import string


def codes(alphabet, length):
    for chars in product(alphabet, repeat=length):
        yield "".join(chars)


def crack(check, alphabet=string.digits, max_len=3):
    for n in range(1, max_len + 1):
        for tries, code in enumerate(codes(alphabet, n), 1):
            if check(code):
                return code, n, tries
    return None


print(crack(lambda c: c == "42"))
print(crack(lambda c: c == "ba", "abc", 2), crack(lambda c: False, "ab", 2))
print(sum(1 for _ in codes("ab", 4)), list(codes("xy", 2)))
