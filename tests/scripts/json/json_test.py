# json: dumps/loads formatting, options, errors.
import io
import json
from collections import OrderedDict

data = {'a': [1, 2.5, None, True, False, 'é\n"q"'], 'b': {}, 'c': [], 'd': {'x': -0.0, 'y': 1e100}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, separators=(',', ':'), ensure_ascii=False))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True), json.dumps('😀 ∑ ñ'), json.dumps('😀', ensure_ascii=False))
print(json.dumps([float('nan'), float('inf'), float('-inf')]), json.dumps({1: 2, 2.5: 3, True: 4, None: 5, False: 0}))
print(json.dumps((1, 2)), json.dumps([[]], indent=0), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps('\x00\x1f\t\b\f\\/'), json.dumps(12345678901234567890), json.dumps(0.1), json.dumps(1.0))
print(json.dumps({(1, 2): 3, 'k': 1}, skipkeys=True), json.dumps(OrderedDict([('z', 1), ('a', 2)])))
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()), lambda: json.dumps(float('nan'), allow_nan=False),
            lambda: json.dumps({1j: 2}), lambda: json.dumps(b'bytes')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError', e)
print(json.dumps({'s': {1, 2}}, default=sorted), json.dumps(complex(1, 2), default=lambda c: [c.real, c.imag]))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({'x': {3, 1}}, cls=Enc), Enc(indent=1).encode([1]))
for s in ['{"a": [1, 2, {"b": null}], "c": true}', ' [1, 2.5e3, -7, "x\\u00e9\\n", false] ', '"\\ud83d\\ude00"', '0',
          '-0', '1E+2', '-12.5e-1', 'NaN', 'Infinity', '-Infinity', '{"a": 1, "a": 2}', '[]', '{}', '"\\/"', '3.0']:
    print(repr(json.loads(s)))
for s in ['', ' ', '[1,', '{"a" 1}', '{"a":1,}', '[1,]', '"abc', '[1] x', '{1:2}', 'nul', '"\\x"', '"\\u12"',
          '"a\nb"', '[1 2]', '{"a":1 "b":2}', '-', '01', '1.', '.5', '[', '{', '{"a"', '{"a":', 'tru',
          '[1,\n 2,\n x]', '\ufeff[]']:
    try:
        json.loads(s)
        print('parsed', repr(s))
    except json.JSONDecodeError as e:
        print(repr(s), e.msg, '|', e, e.pos, e.lineno, e.colno)
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"k": 1}')), json.loads('"a\tb"', strict=False))
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10), json.loads('[NaN]', parse_constant=str))
print(isinstance(json.JSONDecodeError('m', 'd', 0), ValueError), repr(json.JSONDecodeError('m', 'ab\ncd', 4)))
buf = io.StringIO()
json.dump({'k': [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.decode(' [1] '))
print(json.dumps(json.loads(json.dumps(data)) == json.loads(json.dumps(data, indent=3))))
