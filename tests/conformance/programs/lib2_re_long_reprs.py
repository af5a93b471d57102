# Reprs of long matches and patterns are cut as CPython cuts them; a queue shows
# its items.
import queue
import re

line = "x" * 30 + " é " + "y" * 40
print(re.search(r"x+ é y+", line))
print(re.compile("(?:" + "ab|" * 80 + "c)"))
print(re.match(r"(\w+)", "word" * 20).group(1)[:8])
q = queue.Queue()
for n in range(3):
    q.put(n)
print(q.queue)
lq = queue.LifoQueue()
lq.put("a")
print(lq.queue)
