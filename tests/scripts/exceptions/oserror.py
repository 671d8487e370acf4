# OSError subclasses, errno, filename.
try:
    open('/nonexistent_dir_gilt/file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(str(e))
    print(isinstance(e, OSError), e.args)
try:
    open('no_such_file_here.txt', 'rb')
except OSError as e:
    print(type(e).__name__, e)
e = OSError(2, 'No such file or directory')
print(type(e).__name__, e.errno, e.strerror, str(e))
e = OSError(13, 'Permission denied', 'f.txt')
print(type(e).__name__, str(e), e.filename)
e = OSError('just a message')
print(e.errno, e.strerror, str(e))
print(type(OSError(17, 'x')).__name__, type(OSError(20, 'x')).__name__, type(OSError(21, 'x')).__name__)
try:
    open('.', 'r').read()
except IsADirectoryError as e:
    print(type(e).__name__, e.errno)
