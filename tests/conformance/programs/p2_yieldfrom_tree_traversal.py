# tree traversal with recursive generators
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

def inorder(node):
    if node is None:
        return
    yield from inorder(node.left)
    yield node.value
    yield from inorder(node.right)

def preorder(node):
    if node:
        yield node.value
        yield from preorder(node.left)
        yield from preorder(node.right)

def postorder(node):
    if node:
        yield from postorder(node.left)
        yield from postorder(node.right)
        yield node.value

tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
print("in:  ", list(inorder(tree)))
print("pre: ", list(preorder(tree)))
print("post:", list(postorder(tree)))
print("empty:", list(inorder(None)))

# a general tree stored in a dict, with paths
children = {"root": ["a", "b"], "a": ["a1", "a2"], "b": ["b1"], "a2": ["x"]}

def walk(name, path=()):
    path = path + (name,)
    yield "/".join(path)
    for child in children.get(name, []):
        yield from walk(child, path)

for p in walk("root"):
    print(p)

def depth(name):
    return 1 + max([depth(c) for c in children.get(name, [])], default=0)
print("depth", depth("root"))
