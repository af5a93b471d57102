# a linked list with __iter__, __len__, __repr__ and generator helpers
class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node

class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push(v)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return "LinkedList(" + " -> ".join(repr(v) for v in self) + ")"

    def pairs(self):
        node = self.head
        while node is not None and node.next is not None:
            yield (node.value, node.next.value)
            node = node.next

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll))
ll.push(9)
print(ll, len(ll))
print(list(ll.pairs()))
print(sum(ll), max(ll), sorted(ll))
print(LinkedList(), len(LinkedList()), list(LinkedList()))
print(LinkedList("ab"))
print([v * 2 for v in ll if v > 2])
print(bool(LinkedList()), bool(ll))
