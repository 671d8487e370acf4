x = 5
assert x == 5
assert x < 3, f'x is {x}, expected < 3'
