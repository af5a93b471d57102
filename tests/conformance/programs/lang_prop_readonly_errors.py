# The errors of properties without a setter or a deleter, as CPython 3.11 words them,
# for @property, for property() with lambdas, and for a getter-less property.
class Sensor:
    def __init__(self):
        self._readings = [3, 1, 4]

    @property
    def last(self):
        return self._readings[-1]

    count = property(lambda self: len(self._readings))
    hidden = property(None, lambda self, v: self._readings.append(v))

    def stream(self):
        yield from self._readings


s = Sensor()
print(s.last, s.count)
for action in ("set last", "del last", "set count", "get hidden"):
    try:
        if action == "set last":
            s.last = 9
        elif action == "del last":
            del s.last
        elif action == "set count":
            s.count = 0
        else:
            s.hidden
    except AttributeError as e:
        print(type(e).__name__, e)
s.hidden = 5
print(list(s.stream()), s.count, s.last)
try:
    del s.hidden
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Sensor.last).__name__, Sensor.last.fset, Sensor.hidden.fget)
