# Dotted imports: import collections.abc binds collections, whose attribute abc is the
# submodule; with "as" the name is bound to the submodule itself.
import collections.abc
import collections.abc as cabc


def numbers():
    yield 1


print(isinstance(numbers(), collections.abc.Generator), collections.abc is cabc)
print(isinstance([], cabc.Iterable), isinstance([], cabc.Iterator))
print(issubclass(list, collections.abc.Sequence) if hasattr(collections.abc, "Sequence") else True)
print(collections.abc.__name__, cabc.Iterator.__name__)
from collections.abc import Iterator
print(Iterator is collections.abc.Iterator)
