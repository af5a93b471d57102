# Regression: a difference from CPython found by programs written outside this repository.
class Store:
    def __init__(self):
        self.d = {"a": 1}
    def __delitem__(self, k):
        print("deleting", k)
        del self.d[k]
s = Store()
del s["a"]
print(s.d)
