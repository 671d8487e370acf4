# format(str, spec), str.__format__ and f-strings with strs.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for spec in ['', 's', '10', '<10', '>10', '^10', '^11', '*^9', '.2', '10.2', '>10.2s', '0', '05',
             '0<5', '<05', '0>5', ' <05', 'x<05', '=<5', '<<5', '^<5', '\x00<3', 'é^5', '😀>4',
             '.0', '.10', '3', '2', '٣']:
    print(repr(spec), repr(format('abc', spec)), repr(format('é€', spec)))
print(repr(format('')), repr(format('x')), repr('abc'.__format__('>5')))
for spec in ['d', '10d', '+', '-', ' ', '=', '0=5', '#', ',', '_', ',s', '_s', 'z', 'zs', '#s', '+s',
             '%', 'x', 'ss', '5ss', '.s', '.', ',_', '_,', ',d', '_x', '_b', 'ä', '\U0001f600',
             '99999999999999999999', '.99999999999999999999', 'c']:
    show(lambda: format('abc', spec))
show(lambda: format('a', 1))
show(lambda: 'a'.__format__(1))
show(lambda: 'a'.__format__(None))

class S(str):
    pass
print(repr(format(S('sub'), '>5')), type(format(S('sub'), '')).__name__)
class F(str):
    def __format__(self, spec):
        return 'F:' + spec
print(format(F('x'), 'abc'), '{:q}'.format(F('x')), f'{F("y"):zz}')

x, y = 'abc', 'é'
print(f'{x}', f'{x!r}', f'{y!a}', f'{x:>6}|', f'{x:{"^"}{7}}|', f'{x!r:^9}|', f'{x=}', f'{y = }')
print(f'{x}{y}{x}', f'{{}}', f'{x[1]}', f'{x.upper()}', f'{len(x)}', f'{3 + 4}', f'{"nested"}')
w, p = 8, 2
print(f'{x:{w}.{p}}|', f'{x!s:{w}}|', f'{"é" * 3:-^{w}}')
print(f'{None}', f'{[1, "a"]}', f'{ {"k": 1} }', f'{3:x}', f'{255:#06x}')
show(lambda: f'{x:d}')
show(lambda: f'{x!r:d}')
show(lambda: f'{5:s}')
print(f'{1.5:{w}}|', f'{0.5:.0%}')
