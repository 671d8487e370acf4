# Format spec on floats: e f g %.
x = 3.14159265
print(f'{x:f}|{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:+.0f}|{x:e}|{x:.3E}|{x:g}|{x:G}')
print(f'{0.000012345:g}|{123456789.0:g}|{1e20:g}|{1.0:g}|{100.0:.2g}')
print(f'{0.256:%}|{0.256:.1%}|{1:.0%}')
print(f'{1234567.891:,.2f}|{1234567.891:_.1f}|{-1.5:08.2f}|{1.5:^9.2f}')
print(f'{2.5:.0f}|{3.5:.0f}|{0.125:.2f}|{1e-10:.3e}')
print(f'{float("inf"):f}|{float("-inf"):e}|{float("nan"):g}|{float("inf"):10}')
print(f'{x}|{x:}|{x:10}|{1e16:}|{1.5:#.0f}')
print(format(2.0, ''), format(2.0, 'g'), format(1e-5, ''), format(123.0, 'n'))
