# Imaginary literals and complex arithmetic basics.
z = 3 + 4j
print(z, 1j, -1j, 2.5j, 1e2j, 0j, type(z).__name__)
print(z.real, z.imag, abs(z), z.conjugate(), z * 1j, z + 1, (1 + 2j) * (3 - 1j), 1j ** 2)
print(complex(1, 2), complex('1+2j'), complex(3), repr(complex(0, -0.0)), (1+2j) == complex(1, 2))
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print(e)
