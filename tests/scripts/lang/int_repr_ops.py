# int conversions to strings and back.
for v in [0, -0, 7, -7, 2**31, -2**31, 2**63, 10**30, -(10**30)]:
    print(repr(v), str(v), int(str(v)) == v, hex(v), format(v, 'o'))
print(int('-' + '9' * 50) + 1)
print((-1) ** 100, (-1) ** 101, 2 ** 1000 % 997)
print(7 .bit_length() if hasattr(7, 'bit_length') else 3, (255).to_bytes(2, 'big'))
