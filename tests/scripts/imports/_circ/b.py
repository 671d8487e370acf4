print('b start')
from . import a
B = 'b value'
seen_early = getattr(a, 'A_EARLY', 'missing')
seen_late = getattr(a, 'A_LATE', 'missing')
print('b end')
