# f-strings with expressions and conversions.
x, name = 42, 'gilt'
print(f'{x}', f'{x + 1}', f'{name!r}', f'{name!s}', f'{"é"!a}')
print(f'{x=}', f'{x = }', f'{name=!s}', f'{x*2=}')
print(f'{{literal}}', f'{{{x}}}', f'a{x}b{x}c')
print(f'{[i * i for i in range(4)]}', f'{ {"k": 1}["k"] }')
print(f"{'nested ' + f'{x}'}")
d = {'a': 1}
print(f"{d['a']}", f'{d["a"]}')
print(F'upper', rf'raw\n{x}', fr'{x}\t')
print(f'{x:>{6}}', f'{3.14159:.{2}f}', f'{x:{"0"}{5}}')
print(f'{x if x > 0 else -x}', f'{(lambda y: y * 2)(3)}')
print(f'''multi
{x}''')
print(f'{x!r:>5}|', f'{name!r:^10}|')
