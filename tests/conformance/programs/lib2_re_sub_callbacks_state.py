# A substitution function with state: numbering footnotes in order, with a generator
# supplying the numbers and a dict remembering repeats.
import re
from itertools import count

numbers = count(1)
seen = {}


def footnote(m):
    key = m.group(1)
    if key not in seen:
        seen[key] = next(numbers)
    return f"[{seen[key]}]"


text = "Generators[^lazy] are iterators[^iter] that pause[^lazy]."
print(re.sub(r"\[\^(\w+)\]", footnote, text))
print(seen)
