# Argument errors of builtins taking keywords: CPython's argument-clinic
# messages (too many, missing, unknown, given twice).
import itertools, functools, math, os, io, collections, sys
cases = [
    lambda: round(), lambda: round(1, 2, 3), lambda: round(ndigits=2),
    lambda: round(1, number=2), lambda: round(x=1),
    lambda: pow(), lambda: pow(2), lambda: pow(base=2), lambda: pow(2, 3, 4, 5),
    lambda: pow(2, 3, mod=4, x=1), lambda: pow(2, exp=3, base=1),
    lambda: sum(), lambda: sum(start=1), lambda: sum([], 1, 2),
    lambda: print(1, sep=1, end=2, file=None, flush=False, x=3),
    lambda: compile(), lambda: compile('1'), lambda: compile('1', 'f'),
    lambda: compile(source='1'), lambda: complex(1, 2, 3), lambda: complex(x=1),
    lambda: int(1, 2, 3), lambda: int(x=1), lambda: int(base=2),
    lambda: str(1, 2, 3, 4), lambda: enumerate(), lambda: enumerate([], 1, 2),
    lambda: enumerate(start=1), lambda: enumerate(iterable=[], x=1),
    lambda: int.from_bytes(), lambda: (1).to_bytes(1, 'big', 1),
    lambda: 'x'.expandtabs(1, 2), lambda: 'x'.splitlines(1, 2),
    lambda: 'x'.encode('a', 'b', 'c'), lambda: b'x'.decode('a', 'b', 'c'),
    lambda: b'x'.hex(1, 2, 3), lambda: [].sort(1), lambda: [].sort(key=1, x=2),
    lambda: itertools.count(1, 2, 3), lambda: itertools.repeat(),
    lambda: itertools.accumulate(), lambda: itertools.groupby(),
    lambda: math.isclose(1), lambda: math.isclose(), lambda: math.prod(),
    lambda: functools.cmp_to_key(), lambda: collections.deque(1, 2, 3),
    lambda: io.StringIO(1, 2, 3), lambda: io.BytesIO(1, 2, 3),
    lambda: os.fspath(), lambda: os.chdir(), lambda: os.mkdir(),
    lambda: os.access('x'), lambda: os.listdir(1, 2), lambda: os.readlink(),
    lambda: property(1, 2, 3, 4, 5), lambda: open(), lambda: str.maketrans(),
    lambda: 'x'.translate(), lambda: sys.set_int_max_str_digits(),
]
for c in cases:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(e)
    except Exception as e:
        print(type(e).__name__)

for f in [lambda: sorted([], key=None, reverse=False, x=1), lambda: [].sort(key=None, reverse=False, x=1),
          lambda: max([1], key=None, default=1, x=2), lambda: min(1, 2, x=1), lambda: sorted([], 1),
          lambda: [].sort(1), lambda: sorted(), lambda: sorted(iterable=[]), lambda: max(),
          lambda: [].sort(reverse=1, x=1), lambda: print(x=1)]:
    try: f()
    except TypeError as e: print(e)

for f in [lambda: enumerate(), lambda: enumerate(start=1), lambda: enumerate(iterable=[]), lambda: enumerate(iterable=[], start=2),
          lambda: enumerate([], x=1), lambda: enumerate([], 1, 2), lambda: enumerate(x=1), lambda: enumerate([], start=1, x=2),
          lambda: enumerate(start=1, iterable=[]), lambda: enumerate([], iterable=[])]:
    try: print(list(f()))
    except TypeError as e: print(e)
