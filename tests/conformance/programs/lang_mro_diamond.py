# The diamond: cooperative __init__ through super() visits every class once, in the
# order of the MRO.
class Base:
    def __init__(self):
        print("Base init")
        self.trail = ["Base"]

    def stages(self):
        yield "base"


class Left(Base):
    def __init__(self):
        print("Left init")
        super().__init__()
        self.trail.append("Left")

    def stages(self):
        yield "left"
        yield from super().stages()


class Right(Base):
    def __init__(self):
        print("Right init")
        super().__init__()
        self.trail.append("Right")

    def stages(self):
        yield "right"
        yield from super().stages()


class Bottom(Left, Right):
    def __init__(self):
        print("Bottom init")
        super().__init__()
        self.trail.append("Bottom")

    def stages(self):
        yield "bottom"
        yield from super().stages()


b = Bottom()
print(b.trail)
print(list(b.stages()))
print([c.__name__ for c in Bottom.__mro__])
print(Bottom.__bases__ == (Left, Right), Bottom.__base__ is Left)
print(isinstance(b, Right), issubclass(Bottom, Base), issubclass(Left, Right))
