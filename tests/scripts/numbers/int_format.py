# format() of ints through format(), str.format and f-strings.
n, m, big = 1234567, -255, 2**70
for spec in ['', 'd', ',', '_', '+', ' ', '-', '10', '<10', '^10', '>10', '=10', '010', '+010',
             '*^12,', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '_b', '#_x', '08b', 'c',
             'e', '.3e', 'f', '.2f', 'g', '%', '.1%', 'n', 'E', 'G', ',.2f', '#010_x', '0=+12,']:
    for v in (n, m, big, 0, True):
        try:
            out = format(v, spec)
        except (ValueError, OverflowError) as e:
            out = type(e).__name__ + ': ' + str(e)
        print(repr(spec), repr(v), repr(out))
print(f'{n:,} {m:#x} {big:_} {n:>{12}} {m:{"+"}{10}}')
print('{:,} {:08.3f} {!r:>10} {:x}'.format(n, 3.14159, 'a', 255))
print('{0:{1}{2}}'.format(42, '>', 8), '{:{w}.{p}f}'.format(3.14159, w=10, p=2))
