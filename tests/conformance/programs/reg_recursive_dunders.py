import sys
sys.setrecursionlimit(20000)
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("py", e)
class A:
    def __repr__(self): return repr(self)
try:
    repr(A())
except RecursionError as e:
    print("A", type(e).__name__)
class B:
    def __eq__(self, o): return self == o
try:
    B() == B()
except RecursionError as e:
    print("B", type(e).__name__)
class C:
    def __hash__(self): return hash(self)
try:
    hash(C())
except RecursionError as e:
    print("C", type(e).__name__)
class D:
    def __str__(self): return str(self)
try:
    str(D())
except RecursionError as e:
    print("D", type(e).__name__)
x = []
for i in range(300000): x = [x]
keep = x
print("done")
