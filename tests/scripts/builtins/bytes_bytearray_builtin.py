# bytes() and bytearray() constructors.
print(bytes(), bytes(3), bytes([1, 255]), bytes('é', 'utf-8'), bytes(b'x'), bytes(range(65, 68)), bytes(bytearray(b'z')))
print(bytearray(), bytearray(2), bytearray(b'ab'), bytearray([120]), bytearray('hi', 'ascii'))
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
print(ba, len(ba), ba[1], bytes(ba))
for args in [([256],), ([-1],), ('text',), (1.5,), (['a'],)]:
    try:
        bytes(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ba[0] = 300
except ValueError as e:
    print(e)
