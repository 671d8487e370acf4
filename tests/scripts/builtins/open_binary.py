# open() for binary files.
name = '_tmp_open_binary_test.bin'
with open(name, 'wb') as f:
    print(f.write(bytes(range(5))), f.write(b'\xff\xfe'))
with open(name, 'rb') as f:
    data = f.read()
print(data, type(data).__name__, len(data))
with open(name, 'rb') as f:
    print(f.read(2), f.read(2), f.read(), f.read())
with open(name, 'ab') as f:
    f.write(b'tail')
with open(name, 'rb') as f:
    print(f.read()[-4:])
try:
    with open(name, 'wb') as f:
        f.write('text')
except TypeError as e:
    print(e)
try:
    with open(name, 'w') as f:
        f.write(b'bytes')
except TypeError as e:
    print(e)
try:
    open(name, 'rw')
except ValueError as e:
    print(e)
try:
    import os
    os.remove(name)
except ImportError:
    pass
