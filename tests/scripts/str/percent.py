# printf-style formatting with %: conversions, flags, width, precision,
# '*', mappings, and the argument-count rules.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print('%s|%r|%a' % ('é', 'é', 'é'), '%s' % [1, 'a'], '%s' % (None,), '%r' % 'it\'s')
print('%d %i %u' % (42, -7, 3), '%x %X %o' % (255, 255, 8), '%#x %#X %#o' % (255, 255, 8))
print('%5d|%-5d|%05d|%+d|% d|%+05d|% 05d' % (42, 42, 42, 42, 42, 42, 42))
print('%.3d|%5.3d|%-6.3x|%#.5x|%0#10x|%-#10x|%#10o' % (5, 5, 255, 255, 255, 255, 8))
print('%x|%X|%o|%d' % (-255, -255, -8, -0), '%d %x' % (True, False), '%#o %#x' % (0, 0))
print('%d' % 2 ** 70, '%x' % 2 ** 70, '%o' % -2 ** 70, '%+X' % 2 ** 80, '%.30d' % 10 ** 20)
print('%c%c%c' % (65, 'é', 0x1F600), '%5c|%-3c|' % ('a', 66), '%c' % True)
print('%s|%5s|%-5s|%.2s|%5.1s|%.0s|' % ('abc', 'ab', 'ab', 'abc', 'abc', 'abc'))
print('%10r|%-10a|%.3r|' % ('a', 'é', 'abcdef'), '%05s|' % 'ab', '%5s|' % 'é€')
print('%%|%s%%' % 'x', '%% %%' % (), '100%%' % {}, 'a%%b' % ())
print('%(a)s %(b)d %(a)r' % {'a': 'x', 'b': 2}, '%(k)s' % {'k': 1, 'extra': 2})
print('%(x)5s|%(x)-5s|%(y)05d' % {'x': 'ab', 'y': 42}, '%(a(b)c)s' % {'a(b)c': 'paren'})
print('%*d|%-*d|%.*s|%*.*s|' % (5, 1, 4, 2, 2, 'abc', 6, 2, 'xyz'), '%*d|' % (-4, 7))
print('%.*s|' % (-1, 'abc'), '%0*d' % (5, 3), '%ld %hd %Ld' % (1, 2, 3))
print('no args' % (), 'x' % {}, 'x' % [], '%s' % ((1, 2),), '%s' % {'a': 1}, '%s %s' % ('a', 'b'))
class M:
    def __getitem__(self, k):
        return k * 2
print('%(ab)s' % M(), 'plain' % M())
class I:
    def __index__(self):
        return 7
class N:
    def __int__(self):
        return 9
print('%d %x %c' % (I(), I(), I()), '%d' % N())

show(lambda: '%s %s' % 1)
show(lambda: '%s' % (1, 2))
show(lambda: '%d %d' % (1,))
show(lambda: '%s' % ())
show(lambda: 'a' % 1)
show(lambda: 'a' % 'b')
show(lambda: '%(a)s' % 1)
show(lambda: '%(a)s' % {})
show(lambda: '%(a' % {})
show(lambda: '%(a)s %s' % {'a': 1})
show(lambda: '%s %(a)s' % {'a': 1})
show(lambda: '%z' % 1)
show(lambda: '%é' % 1)
show(lambda: 'aé%y' % 1)
show(lambda: '%' % ())
show(lambda: 'abc %' % (1,))
show(lambda: '%5%' % (1,))
show(lambda: '%5%' % ())
show(lambda: '%lld' % 1)
show(lambda: '%\x00' % 1)
show(lambda: 'ab%\x00' % ())
show(lambda: '%*d' % ('a', 1))
show(lambda: '%.*d' % (1.5, 1))
show(lambda: '%*d' % (1,))
show(lambda: '%d' % 'a')
show(lambda: '%i' % None)
show(lambda: '%x' % 'a')
show(lambda: '%o' % [])
show(lambda: '%X' % N())
show(lambda: '%c' % 'ab')
show(lambda: '%c' % '')
show(lambda: '%c' % 1.5)
show(lambda: '%c' % -1)
show(lambda: '%c' % 0x110000)
show(lambda: '%c' % b'a')
show(lambda: '%.2147483648d' % 1)
print('%s' % 'x' == 'x', type('%s' % 'x').__name__)
print('%.1f|%5.2f|%-8.3f|%+.2e|%E|%g|%G|%#g|%.0f|%.0e' % (1.25, 3.14159, 2.5, 12345.678, 0.5, 1e-5, 1e20, 1.0, 2.5, 12345))
print('%f|%e|%g' % (3, 2 ** 10, True), '%08.3f|%-+9.2f|% .1f' % (-3.14159, 2.5, 1.25))
print('%f %F %e %E %g' % ((float('inf'),) * 5), '%f %F' % (float('nan'), float('-nan')))
print('%05f|%-6f|%+f|% f|%+05f' % (float('inf'), float('nan'), float('inf'), float('inf'), float('-inf')))
print('%.60f' % 0.1, '%.3g' % 1234567, '%#.3g' % 1, '%.0g' % 0.5, '%g' % 123456789)
print('%d %i' % (3.99, -3.99), '%d' % 1e30, '%s %r' % (1.5, 2.5))
show(lambda: '%f' % 'a')
show(lambda: '%e' % None)
show(lambda: '%x' % 1.5)
show(lambda: '%d' % float('inf'))
show(lambda: '%d' % float('nan'))
show(lambda: '%f' % 10 ** 400)
