print('a start')
A_EARLY = 'a early'
from . import b
A_LATE = 'a late'
def from_b():
    return b.B
print('a end')
