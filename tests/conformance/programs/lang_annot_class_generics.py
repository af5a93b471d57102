# Annotations with built-in generics: list[int], dict[str, list[int]] and tuple[int,
# ...] are types.GenericAlias objects that still build their plain type when called.
from collections.abc import Iterator


class Inventory:
    items: dict[str, list[int]]
    labels: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.items = {}

    def add(self, name: str, *counts: int) -> None:
        self.items.setdefault(name, []).extend(counts)

    def totals(self) -> Iterator[tuple[str, int]]:
        for name, counts in self.items.items():
            yield name, sum(counts)


inv = Inventory()
inv.add("apple", 3, 4)
inv.add("pear", 1)
inv.add("apple", 2)
print(dict(inv.totals()))
print(Inventory.__annotations__)
print(Inventory.totals.__annotations__)
alias = list[int]
print(alias, alias.__origin__, alias.__args__, alias("ab"), alias == list[int])
print(type(alias).__name__, dict[str, int])
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Inventory[int]
except TypeError as e:
    print(type(e).__name__, e)
