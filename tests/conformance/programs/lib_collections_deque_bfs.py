# Breadth-first search with a deque as the queue, yielding nodes as they are reached.
from collections import deque

graph = {
    "home": ["park", "shop"],
    "park": ["lake", "home"],
    "shop": ["bank"],
    "lake": [],
    "bank": ["lake"],
}


def bfs(start):
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        node, dist = queue.popleft()
        yield node, dist
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, dist + 1))


for node, dist in bfs("home"):
    print(dist, node)

try:
    for node, dist in bfs("moon"):
        print(node)
except KeyError as e:
    print(type(e).__name__ + ":", e)
