# PEP 563: annotations are kept as the text CPython unparses them to.
from __future__ import annotations
import sys
exprs = '''a
a.b.c
1 .real
a[1]
a[1:2]
a[1:2:3]
a[::2]
a[:]
a[1, 2]
a[1:2, ::3]
a[()]
list[int]
dict[str, list[int]]
int | None
a + b * c
(a + b) * c
a ** b ** c
(a ** b) ** c
-a ** b
(-a) ** b
not a
not (a and b)
a and b or c
a and (b or c)
a if b else c
(a if b else c) if d else e
lambda: 1
lambda x, y=2, *args, z, w=3, **kw: x
lambda *a: 1
lambda *, k: k
lambda x, /, y: 0
a < b < c
a is not b
a not in b
(a < b) < c
f(x)
f(x, *y, z=1, **w)
f(x for x in y)
f((x for x in y), 1)
[x for x in y if x if z]
{x for x in y}
{k: v for k, v in d.items()}
(x async for x in y)
[*a, *b]
{**a, 'b': 1}
{1, 2}
{}
()
(1,)
(1, 2)
[]
'str'
"it's"
'q"uote'
b'bytes'
u'unicode'
1.5
1e400
2j
1e400j
...
None
True
f'{x}'
f'{x!r:>{width}}'
f'a{{b}}c{d}'
f'{ {1: 2}[1]}'
f'{x:{y}.{z}}'
f'{lambda: 1}'
f'{x=}'
(yield)
(yield x)
(yield from x)
await x
(x := 1)
a[b := 1]
~a
+a
a - (b - c)
a - b - c
a @ b
a // b % c
a << b >> c
a & b | c ^ d
a | (b & c)
*a
0xff
1_000
"a" "b"
'\\n\\t'
'\\x00'
x.y(z)[w].v'''.splitlines()
for i, src in enumerate(exprs):
    ns = {}
    try:
        exec(f"def f(p: {src}): pass", ns)
        print(repr(src), '->', repr(ns['f'].__annotations__['p']))
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg)
def g(a: int, *args: *Ts, b: str = 'x', **kw: dict) -> None: pass
print(g.__annotations__)
import types
w = types.SimpleNamespace()
class C:
    x: int
    y: 'str' = 'a'
    (z): float
    w.v: bool
print(C.__annotations__)
print(__annotations__ if '__annotations__' in dir() else None)
top: Undefined[int] = 3
print(__annotations__, top)
ns = {}
exec("def h(a: Nope) -> Nope2: pass", ns)
print(ns['h'].__annotations__)
try:
    exec(compile("def h(a: Nope): pass", "<c>", "exec", dont_inherit=True), ns)
except NameError as e:
    print('dont_inherit:', e)
code = compile("def h(a: Nope): pass", "<c>", "exec", flags=0x1000000, dont_inherit=True)
exec(code, ns)
print(ns['h'].__annotations__)
print(bool((lambda: 0).__code__.co_flags & 0x1000000), bool(code.co_flags & 0x1000000))
