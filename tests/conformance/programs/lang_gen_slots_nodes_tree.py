# A tree of __slots__ nodes with a breadth-first generator and a path generator; the
# slots keep nodes small and stop typos in attribute names.
from collections import deque


class TreeNode:
    __slots__ = ("name", "kids")

    def __init__(self, name, *kids):
        self.name = name
        self.kids = list(kids)

    def bfs(self):
        queue = deque([self])
        while queue:
            node = queue.popleft()
            yield node.name
            queue.extend(node.kids)

    def paths(self, prefix=()):
        here = prefix + (self.name,)
        if not self.kids:
            yield "/".join(here)
        for kid in self.kids:
            yield from kid.paths(here)


root = TreeNode("root", TreeNode("bin", TreeNode("ls")), TreeNode("usr", TreeNode("lib"), TreeNode("share")))
print(list(root.bfs()))
print(list(root.paths()))
try:
    root.kid = []
except AttributeError as e:
    print(type(e).__name__, e)
print(TreeNode.__slots__, "kids" in dir(root))
