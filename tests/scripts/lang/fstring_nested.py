# f-strings: nested replacement fields, conversions with specs, escapes.
width, prec = 10, 3
value = 12.34567
print(f'{value:{width}.{prec}f}|')
print(f'{value!r:>{width + 5}}|')
items = ['a', 'b']
print(f'{", ".join(items)}', f"{'-'.join(x.upper() for x in items)}")
print(f'{len(items)=}', f'{items[0]!r}', f'{items!s:.4}')
print(f'{3+4}', f'{ 3 + 4 }', f'{"{"}', f'{"}"}')
name = 'x'
print(f'{name:>3}{name:<3}|', f'{name:{"^"}5}|')
print(f'{1_000_000:,}', f'{0.5:.0%}', f'{-1:+d}', f'{42:#b}')
n = 3
print(f'{"yes" if n > 2 else "no"}', f'{n:{"0" if n else " "}3}')
d = {'key': 'val'}
print(f'{d["key"]}', f"{d['key']:>5}")
print(f'tab\t{n}', f'\N{GREEK SMALL LETTER ALPHA}{n}', rf'\d{n}')
