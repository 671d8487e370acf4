# print with sep, end, file, flush.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=', ', end='!\n')
print('no newline', end='')
print(' continued')
print(1, 2.5, None, [1], (2,), {'k': 'v'}, sep='|')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(*range(5), sep='-')
print('x', sep=None, end=None)
print('stdout explicit', file=sys.stdout)
print('file=None', file=None)
try:
    print('x', sep=5)
except TypeError as e:
    print(e)
try:
    print('x', end=[])
except TypeError as e:
    print(e)
try:
    print('x', bogus=1)
except TypeError as e:
    print(e)
class S:
    def __str__(self): return 'S-object'
print(S(), [S()][0])
