# bool() conversions.
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool(' '), bool([]), bool([[]]), bool(None), bool(bool))
print(bool.__name__, bool(True) is True, type(bool(1)).__name__, True.__class__ is bool)
try:
    class B(bool): pass
except TypeError as e:
    print(e)
print(True & 1, True | 0, (True and 'x'), repr(not 5))
