# Properties in a class hierarchy: a subclass overrides one, reuses its parent's
# through super(), and extends the setter.
class Shape:
    def __init__(self, name):
        self.name = name

    @property
    def label(self):
        return self.name.title()

    @property
    def sides(self):
        return 0


class Polygon(Shape):
    def __init__(self, name, sides):
        super().__init__(name)
        self._sides = sides

    @property
    def sides(self):
        return self._sides

    @sides.setter
    def sides(self, n):
        if n < 3:
            raise ValueError(f"a polygon has at least 3 sides, not {n}")
        self._sides = n

    @property
    def label(self):
        return super().label + f" ({self.sides} sides)"


def describe(shapes):
    for s in shapes:
        yield f"{type(s).__name__}: {s.label}"


shapes = [Shape("circle"), Polygon("triangle", 3), Polygon("hexagon", 6)]
print(list(describe(shapes)))
shapes[1].sides = 4
print(shapes[1].label)
try:
    shapes[2].sides = 2
except ValueError as e:
    print(type(e).__name__, e)
try:
    shapes[0].sides = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(Polygon.sides is Shape.sides, isinstance(Polygon.label, property))
