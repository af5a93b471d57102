# The gc module's switches and collect(), next to generators that clean up when
# dropped.
import gc


def worker():
    try:
        while True:
            yield
    finally:
        print("worker cleaned up")


print(gc.isenabled())
w = worker()
next(w)
w = None
print("collected:", gc.collect())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), isinstance(gc.collect(0), int))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(type(e).__name__, e)
