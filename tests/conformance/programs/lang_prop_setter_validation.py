# A property setter that validates, and a deleter that resets: the step of a range-like
# generator class.
class Stepper:
    def __init__(self, start, stop, step=1):
        self.start, self.stop = start, stop
        self.step = step

    @property
    def step(self):
        return self._step

    @step.setter
    def step(self, value):
        if not isinstance(value, int):
            raise TypeError(f"step must be an int, not {type(value).__name__}")
        if value == 0:
            raise ValueError("step must not be zero")
        self._step = value

    @step.deleter
    def step(self):
        print("resetting step")
        self._step = 1

    def __iter__(self):
        i = self.start
        while (i < self.stop) if self._step > 0 else (i > self.stop):
            yield i
            i += self._step


s = Stepper(0, 10, 3)
print(list(s))
s.step = -2
s.start, s.stop = 10, 0
print(list(s))
for bad in (0, 1.5, "2"):
    try:
        s.step = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del s.step
print(s.step, list(s)[:3])
try:
    Stepper(0, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
