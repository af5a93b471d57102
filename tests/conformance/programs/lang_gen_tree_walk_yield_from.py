# Tree walks over node objects with yield from: pre-order, in-order and by depth; the
# children are a property.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

    @property
    def children(self):
        return [c for c in (self.left, self.right) if c is not None]

    def preorder(self):
        yield self.value
        for child in self.children:
            yield from child.preorder()

    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.value
        if self.right:
            yield from self.right.inorder()

    def depths(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depths(depth + 1)

    def __iter__(self):
        return self.inorder()


tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
print(list(tree.preorder()))
print(list(tree), sum(tree), max(tree))
print([v for d, v in tree.depths() if d == 2])
walk = tree.preorder()
print(next(walk), next(walk), walk.gi_yieldfrom is not None)
walk.close()
print(len(Node(1).children), Node(1, right=Node(2)).children[0].value)
