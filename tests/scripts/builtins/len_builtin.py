# len on built-in containers.
print(len(''), len('abc'), len('é🐍'), len(b'ab'), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(frozenset('aab')), len(bytearray(5)))
print(len(range(-5, 5, 2)), len(range(2**70)) if False else 'big range len skipped')
try:
    len(range(2**70))
except OverflowError as e:
    print(e)
for bad in (5, None, iter([]), len):
    try:
        len(bad)
    except TypeError as e:
        print(e)
