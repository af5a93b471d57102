# Class hierarchies CPython refuses: no consistent MRO, a base listed twice, a base
# that is not a class.
class A:
    pass


class B(A):
    pass


class X:
    pass


class Y:
    pass


class XY(X, Y):
    pass


class YX(Y, X):
    pass


attempts = {
    "A before B": lambda: type("C", (A, B), {}) if False else None,
}
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, str(e).replace("\n", " "))
try:
    class Z(XY, YX):
        pass
except TypeError as e:
    print(type(e).__name__, str(e).replace("\n", " "))
try:
    class D(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(A, 3):
        pass
except TypeError as e:
    print(type(e).__name__)


class Fine(B, A):
    pass


print([k.__name__ for k in Fine.__mro__])
