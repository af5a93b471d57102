import sys
class A:
    def __repr__(self): return repr(self)
try:
    repr(A())
except RecursionError as e:
    print(type(e).__name__)
sys.setrecursionlimit(20000)
try:
    repr(A())
except RecursionError as e:
    print(type(e).__name__)
sys.setrecursionlimit(1000)
x = []
for i in range(50000): x = [x]
try: repr(x)
except RecursionError as e: print(type(e).__name__, e)
try: str(x)
except RecursionError as e: print(type(e).__name__, e)
d = {}
for i in range(100000): d = {1: d}
try: repr(d)
except RecursionError as e: print(type(e).__name__, e)
y = []
for i in range(100000): y = [y]
x = []
for i in range(100000): x = [x]
try: print(x == y)
except RecursionError as e: print(type(e).__name__, e)
t = ()
for i in range(100000): t = (t,)
try: print(hash(t))
except RecursionError as e: print(type(e).__name__, e)
try: print(t == t)
except RecursionError as e: print(type(e).__name__, e)
t2 = ()
for i in range(100000): t2 = (t2,)
try: print(t == t2)
except RecursionError as e: print(type(e).__name__, e)
try: print(x < y)
except RecursionError as e: print(type(e).__name__, e)
try: print(f"{x}")
except RecursionError as e: print(type(e).__name__, e)
try: print(x in [y])
except RecursionError as e: print(type(e).__name__, e)
n = [1]
for i in range(990): n = [n]
print(len(repr(n)))
big = []
for i in range(200000): big = [big]
del big
s = set()
f = frozenset()
for i in range(200000): f = frozenset([f, i])
del f
t = ()
for i in range(200000): t = (t, i)
del t
dd = {}
for i in range(200000): dd = {'k': dd}
del dd
class Node:
    def __init__(self, nxt): self.nxt = nxt
nd = None
for i in range(200000): nd = Node(nd)
del nd
def gen(inner):
    yield inner
g = None
for i in range(100000):
    g = gen(g)
del g
def mk(v):
    def f(): return v
    return f
c = None
for i in range(100000): c = mk(c)
del c
print("freed")
