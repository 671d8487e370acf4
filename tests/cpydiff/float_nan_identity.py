"""
Description: every float('nan') is the same value in gilt: a set or dict
holds at most one NaN key, `float('nan') is float('nan')` is True, and
hash() of a NaN is 0. In CPython each float('nan') is a new object, so
sets can hold several, `is` tells them apart, and their hashes come from
their addresses.
Cause: floats are unboxed 64-bit Values (NaN-boxing), which keeps float
arithmetic free of allocation; a NaN has no identity to hash or compare.
Workaround: don't use NaNs as dict keys or set members or rely on the
identity of floats; test for NaN with math.isnan().
"""
import math

nan1, nan2 = float('nan'), float('nan')
print(nan1 == nan2, math.isnan(nan1))  # False True on both
print(len({nan1, nan2}))  # CPython 2, gilt 1
