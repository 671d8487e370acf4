# repr and str of built-in values.
vals = [1, -1.5, 'x', "it's", 'q"uote', b'b', [1, 'a'], (1,), {'k': [None]}, {1}, set(), frozenset(), frozenset({1}),
        None, True, ..., range(3), 1e100, '\n', bytearray(b'ab'), [[]], ((),), {1: {2: {}}}]
for v in vals:
    print(repr(v), '|', str(v))
l = [1]
l.append(l)
print(l)
d = {}
d['self'] = d
print(d)
print(str(), repr(''), str(b'x'), str(123), str(-0.0), str([1, 'a']))
print(str(b'abc', 'ascii'), str(b'\xc3\xa9', encoding='utf-8'), str(b'\xff', 'utf-8', 'replace'))
