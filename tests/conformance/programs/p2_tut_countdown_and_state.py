# tutorial: countdown generator, and watching its state with inspect
import inspect

def countdown(n):
    print("Starting countdown from", n)
    while n > 0:
        yield n
        n -= 1
    print("Liftoff!")

c = countdown(3)
print(inspect.getgeneratorstate(c))
for value in c:
    print(value, inspect.getgeneratorstate(c), c.gi_frame.f_locals["n"])
print(inspect.getgeneratorstate(c))

# resuming a countdown from a given number using send
def resettable_countdown(n):
    while n > 0:
        reset = yield n
        if reset is not None:
            n = reset
        else:
            n -= 1

r = resettable_countdown(5)
print(next(r), next(r), r.send(10), next(r), next(r))
print(list(r)[-3:])
