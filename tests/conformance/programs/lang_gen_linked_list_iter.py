# A linked list with __slots__ nodes, a generator __iter__, a reversed() generator and
# a classmethod constructor.
class LinkedList:
    class _Node:
        __slots__ = ("value", "next")

        def __init__(self, value, next):
            self.value = value
            self.next = next

    def __init__(self):
        self.head = None
        self.size = 0

    @classmethod
    def of(cls, *values):
        lst = cls()
        for v in reversed(values):
            lst.push(v)
        return lst

    def push(self, value):
        self.head = self._Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __reversed__(self):
        yield from reversed(list(self))

    def __len__(self):
        return self.size


lst = LinkedList.of(1, 2, 3)
lst.push(0)
print(list(lst), list(reversed(lst)), len(lst))
print(type(lst.head).__name__, type(lst.head).__qualname__)
try:
    lst.head.extra = True
except AttributeError as e:
    print(type(e).__name__, e)
it = iter(lst)
print(next(it), next(it), list(it))
