# str.format and format() builtin with specs (language-level formatting).
print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0[1]} {1[k]} {2.real}'.format([5, 6], {'k': 'v'}, 3))
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=3))
print('{{}} {}'.format('x'))
print(format(12, 'b'), format(-12, '#o'), format(3.5, '.2e'))
class P:
    def __format__(self, spec):
        return 'P<' + spec + '>'
print(f'{P():abc}', format(P(), 'z'), '{:q}'.format(P()))
