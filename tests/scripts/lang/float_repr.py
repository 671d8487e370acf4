# Shortest float repr.
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, 1e16, 1e15, 123456789.0, 1e+20, 1e22, 1.5e-07,
        0.0001, 0.00001, 1e-5, 2.5, -0.0, 0.0, 1/3, 2/3, 100.0, 1e100, 1.7976931348623157e308,
        5e-324, 3.14159, 12345678901234567890.0, 0.5e-4]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'))
print(float('Infinity'), float(' 1.5 '), float('1e3'), float('-0'))
print(1.0 == 1, 0.1 + 0.2 == 0.3)
print(1., .5, 1_000.5, 1e0, 1E2)
