# A LifoQueue as an undo stack for edits made by a generator of commands.
import queue

undo = queue.LifoQueue()
text = []


def commands():
    yield "add", "hello"
    yield "add", "world"
    yield "undo", None
    yield "add", "there"


for cmd, arg in commands():
    if cmd == "add":
        text.append(arg)
        undo.put(arg)
    elif not undo.empty():
        removed = undo.get()
        text.remove(removed)
        print("undid", removed)
    print(text)
print(undo.qsize(), [undo.get_nowait() for _ in range(undo.qsize())])
