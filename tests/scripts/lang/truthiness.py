# Truth values of built-in objects.
vals = [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (0,), {}, {0: 0}, set(), {0}, None,
        range(0), range(1), b'', b'\0', bytearray(), frozenset(), 2**100, -0.0]
print([bool(v) for v in vals])
print(bool(float('nan')), bool(...))
def f(): pass
class C: pass
print(bool(f), bool(C), bool(C()), bool(object()))
