# tutorial: a round-robin scheduler of generators (cooperative multitasking)
def task(name, steps):
    for i in range(1, steps + 1):
        print("  " + name, "step", i, "of", steps)
        yield
    return name + " finished"

def scheduler(tasks):
    queue = list(tasks)
    results = []
    while queue:
        current = queue.pop(0)
        try:
            next(current)
        except StopIteration as stop:
            results.append(stop.value)
            continue
        queue.append(current)
    return results

print(scheduler([task("A", 3), task("B", 1), task("C", 2)]))

# tasks that communicate with the scheduler through yielded values
def countdown(n):
    while n > 0:
        yield "countdown " + str(n)
        n -= 1

def countup(limit):
    for i in range(limit):
        yield "countup " + str(i)

def run(tasks):
    ready = list(tasks)
    tick = 0
    while ready:
        t = ready.pop(0)
        message = next(t, None)
        if message is None:
            continue
        tick += 1
        print(tick, message)
        ready.append(t)

run([countdown(3), countup(2)])
