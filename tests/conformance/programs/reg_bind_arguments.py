# Keyword arguments of builtins bound as CPython's argument parsers do, errors included.
import itertools
try:
    print('round(1.2345, ndigits=2)', '->', round(1.2345, ndigits=2))
except Exception as e:
    print('round(1.2345, ndigits=2)', '!!', type(e).__name__, e)
try:
    print('round(number=1.5)', '->', round(number=1.5))
except Exception as e:
    print('round(number=1.5)', '!!', type(e).__name__, e)
try:
    print('round(1.5, 2, 3)', '->', round(1.5, 2, 3))
except Exception as e:
    print('round(1.5, 2, 3)', '!!', type(e).__name__, e)
try:
    print('round()', '->', round())
except Exception as e:
    print('round()', '!!', type(e).__name__, e)
try:
    print('round(1.5, number=2)', '->', round(1.5, number=2))
except Exception as e:
    print('round(1.5, number=2)', '!!', type(e).__name__, e)
try:
    print('round(1.5, foo=2)', '->', round(1.5, foo=2))
except Exception as e:
    print('round(1.5, foo=2)', '!!', type(e).__name__, e)
try:
    print('round(x=1)', '->', round(x=1))
except Exception as e:
    print('round(x=1)', '!!', type(e).__name__, e)
try:
    print('round(ndigits=2)', '->', round(ndigits=2))
except Exception as e:
    print('round(ndigits=2)', '!!', type(e).__name__, e)
try:
    print('round(number=1, ndigits=2, x=3)', '->', round(number=1, ndigits=2, x=3))
except Exception as e:
    print('round(number=1, ndigits=2, x=3)', '!!', type(e).__name__, e)
try:
    print('pow(2, 3, mod=5)', '->', pow(2, 3, mod=5))
except Exception as e:
    print('pow(2, 3, mod=5)', '!!', type(e).__name__, e)
try:
    print('pow(base=2, exp=3)', '->', pow(base=2, exp=3))
except Exception as e:
    print('pow(base=2, exp=3)', '!!', type(e).__name__, e)
try:
    print('pow(2)', '->', pow(2))
except Exception as e:
    print('pow(2)', '!!', type(e).__name__, e)
try:
    print('pow(2, 3, 5, 6)', '->', pow(2, 3, 5, 6))
except Exception as e:
    print('pow(2, 3, 5, 6)', '!!', type(e).__name__, e)
try:
    print('pow(2, exp=3, base=4)', '->', pow(2, exp=3, base=4))
except Exception as e:
    print('pow(2, exp=3, base=4)', '!!', type(e).__name__, e)
try:
    print('pow(2, 3, bar=1)', '->', pow(2, 3, bar=1))
except Exception as e:
    print('pow(2, 3, bar=1)', '!!', type(e).__name__, e)
try:
    print('sum([1,2], start=3)', '->', sum([1,2], start=3))
except Exception as e:
    print('sum([1,2], start=3)', '!!', type(e).__name__, e)
try:
    print('sum(iterable=[1])', '->', sum(iterable=[1]))
except Exception as e:
    print('sum(iterable=[1])', '!!', type(e).__name__, e)
try:
    print('sum()', '->', sum())
except Exception as e:
    print('sum()', '!!', type(e).__name__, e)
try:
    print('sum([1], 2, 3)', '->', sum([1], 2, 3))
except Exception as e:
    print('sum([1], 2, 3)', '!!', type(e).__name__, e)
try:
    print('sum([1], start=1, x=2)', '->', sum([1], start=1, x=2))
except Exception as e:
    print('sum([1], start=1, x=2)', '!!', type(e).__name__, e)
try:
    print('sum(start=1)', '->', sum(start=1))
except Exception as e:
    print('sum(start=1)', '!!', type(e).__name__, e)
try:
    print('list(itertools.islice(itertools.count(start=3, step=2), 3))', '->', list(itertools.islice(itertools.count(start=3, step=2), 3)))
except Exception as e:
    print('list(itertools.islice(itertools.count(start=3, step=2), 3))', '!!', type(e).__name__, e)
try:
    print('itertools.count(1, 2, 3)', '->', itertools.count(1, 2, 3))
except Exception as e:
    print('itertools.count(1, 2, 3)', '!!', type(e).__name__, e)
try:
    print('itertools.count(x=1)', '->', itertools.count(x=1))
except Exception as e:
    print('itertools.count(x=1)', '!!', type(e).__name__, e)
try:
    print('itertools.count(1, start=2)', '->', itertools.count(1, start=2))
except Exception as e:
    print('itertools.count(1, start=2)', '!!', type(e).__name__, e)
try:
    print("list(itertools.repeat('a', times=2))", '->', list(itertools.repeat('a', times=2)))
except Exception as e:
    print("list(itertools.repeat('a', times=2))", '!!', type(e).__name__, e)
try:
    print('itertools.repeat()', '->', itertools.repeat())
except Exception as e:
    print('itertools.repeat()', '!!', type(e).__name__, e)
try:
    print('itertools.repeat(1, 2, 3)', '->', itertools.repeat(1, 2, 3))
except Exception as e:
    print('itertools.repeat(1, 2, 3)', '!!', type(e).__name__, e)
try:
    print('itertools.repeat(object=1, times=2, x=3)', '->', itertools.repeat(object=1, times=2, x=3))
except Exception as e:
    print('itertools.repeat(object=1, times=2, x=3)', '!!', type(e).__name__, e)
try:
    print('list(itertools.accumulate([1,2,3], initial=10))', '->', list(itertools.accumulate([1,2,3], initial=10)))
except Exception as e:
    print('list(itertools.accumulate([1,2,3], initial=10))', '!!', type(e).__name__, e)
try:
    print('itertools.accumulate([1], None, 3)', '->', itertools.accumulate([1], None, 3))
except Exception as e:
    print('itertools.accumulate([1], None, 3)', '!!', type(e).__name__, e)
try:
    print('itertools.accumulate(iterable=[1], foo=3)', '->', itertools.accumulate(iterable=[1], foo=3))
except Exception as e:
    print('itertools.accumulate(iterable=[1], foo=3)', '!!', type(e).__name__, e)
try:
    print('itertools.accumulate([1], iterable=[2])', '->', itertools.accumulate([1], iterable=[2]))
except Exception as e:
    print('itertools.accumulate([1], iterable=[2])', '!!', type(e).__name__, e)
try:
    print('itertools.repeat(times=3)', '->', itertools.repeat(times=3))
except Exception as e:
    print('itertools.repeat(times=3)', '!!', type(e).__name__, e)
