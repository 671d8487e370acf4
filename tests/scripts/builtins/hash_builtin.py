# hash(): ints hash to themselves; equal values hash equal.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(True), hash(False))
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**100) == hash(2**100 % (2**61 - 1)))
print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0) == 0, hash(1.5) == hash(1.5))
print(hash('abc') == hash('ab' + 'c'), hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None), hash(b'x') == hash(b'x'), type(hash('s')).__name__)
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
