# Sizes no machine can hold are MemoryError (or OverflowError past an index), never an
# abort in the allocator or a run that eats the memory.
import sys

cases = [
    ('[0] * 10**10', lambda: [0] * 10**10),
    ('(1, 2) * 10**10', lambda: (1, 2) * 10**10),
    ("' ' * 10**12", lambda: ' ' * 10**12),
    ('[0] * 10**20', lambda: [0] * 10**20),
    ("'a' * 10**20", lambda: 'a' * 10**20),
    ('(1,) * 10**20', lambda: (1,) * 10**20),
    ('[0] * sys.maxsize', lambda: [0] * sys.maxsize),
    ('list(range(10**10))', lambda: list(range(10**10))),
    ('tuple(range(10**10))', lambda: tuple(range(10**10))),
    ('[*range(10**10)]', lambda: [*range(10**10)]),
    ('list(range(10**20))', lambda: list(range(10**20))),
    ('sorted(range(10**10))', lambda: sorted(range(10**10))),
    ("'{:999999999999}'.format(1)", lambda: '{:999999999999}'.format(1)),
    ("f'{1:999999999999}'", lambda: f'{1:999999999999}'),
    ("format(1, '999999999999')", lambda: format(1, '999999999999')),
    ("'{:0999999999999}'.format(1)", lambda: '{:0999999999999}'.format(1)),
    ("'{:>999999999999}'.format('x')", lambda: '{:>999999999999}'.format('x')),
    ("'{:99999999999999999999}'.format(1)", lambda: '{:99999999999999999999}'.format(1)),
    ("'{:.999999999999}'.format(1.5)", lambda: '{:.999999999999}'.format(1.5)),
    ("'%999999999999d' % 1", lambda: '%999999999999d' % 1),
    ("'%99999999999999999999d' % 1", lambda: '%99999999999999999999d' % 1),
    ("'%.999999999999f' % 1.5", lambda: '%.999999999999f' % 1.5),
    ("'x'.ljust(10**12)", lambda: 'x'.ljust(10**12)),
    ("'x'.rjust(10**12)", lambda: 'x'.rjust(10**12)),
    ("'x'.center(10**12)", lambda: 'x'.center(10**12)),
    ("'x'.zfill(10**12)", lambda: 'x'.zfill(10**12)),
    ("'x'.ljust(10**20)", lambda: 'x'.ljust(10**20)),
]
for case, make in cases:
    try:
        make()
        print(case, "ok")
    except (MemoryError, OverflowError, ValueError) as e:
        print(case, type(e).__name__, e)

x = [0]
try:
    x *= 10**10
except MemoryError as e:
    print("*=", type(e).__name__, e, len(x))
x = []
try:
    x.extend(range(10**10))
except MemoryError as e:
    print("extend", type(e).__name__, e, len(x))
print(len('{:>100000}'.format('x')), len(f'{7:_^100001}'), len('ab' * 100000))
