# abs and round.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-2**100), abs(True))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234, -2), round(1250, -2))
print(round(3.14159, 3), round(-3.14159, 1), round(5), round(5, 2), type(round(5.5)).__name__, type(round(5.5, 0)).__name__)
print(round(1e20), round(0.1, 30), round(12345, -10), round(-1550, -2))
try:
    abs('x')
except TypeError as e:
    print(e)
try:
    round('x')
except TypeError as e:
    print(e)
try:
    round(float('inf'))
except OverflowError as e:
    print(e)
try:
    round(float('nan'))
except ValueError as e:
    print(e)
