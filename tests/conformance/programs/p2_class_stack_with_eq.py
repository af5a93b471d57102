# a stack class with special methods: __len__, __bool__, __eq__, __contains__
class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return len(self.items) > 0

    def __eq__(self, other):
        return isinstance(other, Stack) and self.items == other.items

    def __contains__(self, item):
        return item in self.items

    def __iter__(self):
        i = len(self.items)
        while i > 0:
            i -= 1
            yield self.items[i]

    def __repr__(self):
        return "Stack(" + repr(self.items) + ")"

s = Stack()
print(s, len(s), bool(s))
for ch in "abc":
    s.push(ch)
print(s, len(s), bool(s), "b" in s, "z" in s)
print(list(s), "top first")
t = Stack()
for ch in "abc":
    t.push(ch)
print(s == t, s != t, s == ["a", "b", "c"])
print(s.pop(), s.pop(), s.pop())
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
if not s:
    print("empty stack is falsy")
