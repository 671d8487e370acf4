# __future__ module and features that are always on.
from __future__ import generator_stop, division, print_function
import __future__
print(1 / 2, __future__.annotations.mandatory if hasattr(__future__, 'annotations') else None)
print(__debug__)
