# The classic generator-based context manager: code before the yield is __enter__,
# code after it is __exit__. contextmanager is called plainly here.
from contextlib import contextmanager


def tag(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")


tag = contextmanager(tag)
with tag("html"):
    with tag("body"):
        print("hello")
cm = tag("p")
print(type(cm).__name__)
with cm:
    print("text")
