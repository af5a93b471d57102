# A scheduler of generator tasks with a class hierarchy: a task base class, subclasses
# that override the step generator and call super().__init__.
class Task:
    count = 0

    def __init__(self, name):
        Task.count += 1
        self.id = Task.count
        self.name = name
        self.gen = self.run()

    def run(self):
        yield f"{self.name} does nothing"

    def __repr__(self):
        return f"<{type(self).__name__} {self.id}:{self.name}>"


class Countdown(Task):
    def __init__(self, name, n):
        self.n = n
        super().__init__(name)

    def run(self):
        for i in range(self.n, 0, -1):
            yield f"{self.name} {i}"


class Echo(Task):
    def run(self):
        yield from (f"{self.name} says {w}" for w in self.name.split("-"))


def schedule(tasks):
    queue = list(tasks)
    while queue:
        task = queue.pop(0)
        try:
            print(next(task.gen))
        except StopIteration:
            print("finished", task)
            continue
        queue.append(task)


schedule([Countdown("rocket", 3), Echo("ping-pong"), Task("idle")])
print(Task.count)
