# A subclass without __slots__ has a __dict__ again; one with its own __slots__ adds
# names. Linked list nodes with slots, walked by a generator.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class TaggedNode(Node):
    __slots__ = ("tag",)


class FreeNode(Node):
    pass


def walk(node):
    while node is not None:
        yield node.value
        node = node.next


head = Node(1, Node(2, TaggedNode(3, FreeNode(4))))
print(list(walk(head)))
t = TaggedNode(5)
t.tag = "t"
try:
    t.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
f = FreeNode(6)
f.other = 2
print(f.other, f.__dict__, t.tag)
print(sorted(TaggedNode.__slots__), "value" in dir(f), "other" in dir(f))
