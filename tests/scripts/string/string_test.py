# string: constants, capwords, Template, Formatter.
import string
from string import Template

print(repr(string.whitespace), string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, string.punctuation, len(string.printable), string.ascii_letters[-3:])
print(string.capwords('  hello   wORLD foo '), string.capwords('a-b c-d', '-'), repr(string.capwords('')))
t = Template('$who likes ${what}; $$5 for $who')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}))
print(t.substitute({'who': 'x', 'what': 'y'}, who='override'))
print(t.safe_substitute(who='tim'), t.safe_substitute())
print(t.get_identifiers(), t.is_valid(), t.template)
for bad, args in [('$who and $nope', {'who': 1}), ('bad $ here', {}), ('line\nbad ${1}', {}), ('end $', {}),
                  ('${unclosed', {})]:
    try:
        Template(bad).substitute(args)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(repr(Template(bad).safe_substitute(args)), Template(bad).is_valid())
print(Template('$a$b${c}d $_x1').substitute(a=1, b=2, c=3, _x1=[4]))
print(Template('ünïcode $name').substitute(name='é'))


class Percent(Template):
    delimiter = '%'


print(Percent('%x costs %%%y').substitute(x='it', y=5))
f = string.Formatter()
print(f.format('{0} {1!r} {name:>6} {0:.2f}', 3.14159, 'x', name='n'), f.format('{} {}', 1, 2))
print(f.format('{a.real} {b[1]} {c[k]}', a=5, b=[0, 9], c={'k': 'v'}), f.format('{{}} {0:{1}}', 7, '03'))
print(list(f.parse('a{0}b{x!r:>3}c{{d}}')), list(f.parse('')))
try:
    f.format('{0} {}', 1, 2)
except ValueError as e:
    print('ValueError', e)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()


print(Upper().format('{} and {x}', 'abc', x='def'))
