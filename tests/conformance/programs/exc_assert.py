def check(x):
    assert x > 0
    return x
def check_msg(x):
    assert x % 2 == 0, "expected even, got " + str(x)
    return x
print(check(5), check_msg(4))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", repr(e), repr(str(e)))
try:
    check_msg(3)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
assert True
assert 1 == 1, "not shown"
print("asserts passed")
