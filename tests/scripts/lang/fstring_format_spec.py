# Format spec mini-language on ints and strings.
n = 1234567
print(f'{n:d}|{n:,}|{n:_}|{n:x}|{n:X}|{n:o}|{n:b}|{n:_b}|{n:_x}')
print(f'{n:#x}|{n:#X}|{n:#o}|{n:#b}')
print(f'{42:5}|{42:<5}|{42:^5}|{42:>5}|{42:*^7}|{42:05}|{-42:05}|{-42:=6}')
print(f'{42:+}|{-42:+}|{42: }|{-42: }|{42:-}')
print(f'{"ab":5}|{"ab":>5}|{"ab":^6}|{"ab":-<4}|{"abcdef":.3}|{"abc":>6.2}')
print(f'{255:#010x}|{255:+#x}|{-255:#x}')
print(f'{10**20:,}|{-10**12:_}')
print(f'{65:c}|{True:d}|{True}|{None!s:>6}')
print(f'{0:b}|{0:x}|{-0:d}')
print(format(n, ',d'), format('x', '>3'), format(7, '03'))
