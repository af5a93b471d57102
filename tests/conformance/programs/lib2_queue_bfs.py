# Breadth-first search with queue.Queue as the frontier, yielding nodes with their
# distance.
import queue

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}


def bfs(start):
    frontier = queue.Queue()
    frontier.put((start, 0))
    seen = {start}
    while not frontier.empty():
        node, dist = frontier.get()
        yield node, dist
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.put((nxt, dist + 1))


print(list(bfs("a")))
print(dict(bfs("c")))
