# An unparenthesized := is not a statement.
def numbers():
    yield 1


n := next(numbers())
