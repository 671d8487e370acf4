# enum: Flag and IntFlag.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, repr(Perm(3)), Perm(3) is rw, list(Perm))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.R), Perm.R in rw, Perm.X in rw)
print(repr(~Perm.R), repr(rw & Perm.W), repr(rw ^ Perm.R), repr(Perm.R | Perm.W | Perm.X))
print(list(rw), len(rw), len(Perm(0)), [m.name for m in Perm.R | Perm.X])
try:
    Perm(8)
except ValueError as e:
    print('ValueError', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError', e)


class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7


print(repr(Color.WHITE), repr(Color.RED | Color.GREEN), list(Color), list(Color.WHITE))


class IF(IntFlag):
    A = 1
    B = 2
    C = 4


print(repr(IF.A | IF.B), str(IF.A | IF.B), IF.A | 4, repr(IF(0)), IF.A + 1, IF.B == 2, isinstance(IF.A, int))
print(repr(IF.A | IF.C), IF(3), format(IF.C), f'{IF.B:>3}', repr(~IF.A), IF.A & 3)
print(list(IF), IF(7) == 7, repr(IF.A | IF.B | IF.C))
