# super() where it cannot work: outside a class, in a static method (no first
# argument), with an object of another class, and a lookup no parent answers.
def outside():
    return super()


try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)


class A:
    def go(self):
        return "A.go"


class B(A):
    def go(self):
        return super().go() + " via B"

    def missing(self):
        return super().nothing()

    @staticmethod
    def static():
        return super().go()


b = B()
print(b.go())
try:
    b.missing()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    B.static()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(B, A()).go()
except TypeError as e:
    print(type(e).__name__, e)
print(super(B, b).go())
