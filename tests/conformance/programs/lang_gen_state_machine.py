# A traffic light as a generator-driven state machine: states are classes with a
# classmethod that says what comes next, the generator yields (state, seconds).
class State:
    duration = 0

    @classmethod
    def next_state(cls):
        raise NotImplementedError(cls.__name__)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.label = cls.__name__.upper()


class Red(State):
    duration = 30

    @classmethod
    def next_state(cls):
        return Green


class Green(State):
    duration = 25

    @classmethod
    def next_state(cls):
        return Yellow


class Yellow(State):
    duration = 5

    @classmethod
    def next_state(cls):
        return Red


def run(state, cycles):
    elapsed = 0
    for _ in range(cycles):
        yield state.label, elapsed
        elapsed += state.duration
        state = state.next_state()


print(list(run(Red, 5)))
try:
    State.next_state()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(Yellow.label, hasattr(State, "label"))
