# An event simulation on a PriorityQueue: events are (time, order, name) and each
# handler is a generator that schedules the next event.
import queue

events = queue.PriorityQueue()
order = 0


def schedule(t, name, gen):
    global order
    order += 1
    events.put((t, order, name, gen))


def ticker(name, period, times):
    for _ in range(times):
        yield period


for name, period, times in (("fast", 1, 4), ("slow", 3, 2)):
    schedule(0, name, ticker(name, period, times))
while not events.empty():
    t, _, name, gen = events.get()
    print(f"t={t} {name}")
    try:
        schedule(t + next(gen), name, gen)
    except StopIteration:
        print(f"  {name} finished")
