# int <-> str conversion length limit (CPython 3.11: 4300 digits).
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 5000)
except ValueError as e:
    print('ValueError', e)
try:
    int('1' * 5000)
except ValueError as e:
    print('ValueError', e)
print(len(hex(10 ** 5000)))
import sys
print(sys.get_int_max_str_digits())
