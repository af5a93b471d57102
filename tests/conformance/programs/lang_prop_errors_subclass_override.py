# A plain class attribute or method in a subclass replaces an inherited property; an
# instance attribute never hides a property; a property with no getter is unreadable.
class Base:
    @property
    def size(self):
        return 1


class Sub(Base):
    size = 99


class Method(Base):
    def size(self):
        return "method"


b = Base()
try:
    b.__dict__["size"] = "shadow"
    print(b.size)
except AttributeError as e:
    print(type(e).__name__, e)
print(Sub().size, Method().size())
s = Sub()
s.size = 5
print(s.size, Sub.size)


class WriteOnly:
    secret = property(fset=lambda self, v: setattr(self, "_s", v))


w = WriteOnly()
w.secret = "x"
print(w._s)
try:
    w.secret
except AttributeError as e:
    print(type(e).__name__, e)
