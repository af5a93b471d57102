# an __exit__ that returns True suppresses the exception
class Ignore:
    def __init__(self, *types):
        self.types = types
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught.append(type(exc_value).__name__ + ": " + str(exc_value))
            return True
        return False

ig = Ignore(KeyError, ZeroDivisionError)
for i in range(4):
    with ig:
        print("iteration", i)
        if i == 1:
            {}["k"]
        if i == 2:
            print(10 / 0)
        print("  end of body", i)
print(ig.caught)

try:
    with Ignore(KeyError):
        raise ValueError("not ignored")
except ValueError as e:
    print("ValueError propagated:", e)

# suppression inside a function: the function continues after the with
def lookup(d, key):
    result = "not found"
    with Ignore(KeyError):
        result = d[key]
    return result

print(lookup({"a": 1}, "a"), lookup({"a": 1}, "b"))

# suppression inside a loop with break and continue
with_count = 0
for i in range(5):
    with Ignore(IndexError):
        if i == 3:
            break
        if i == 1:
            continue
        with_count += 1
print("with_count", with_count, "i", i)
