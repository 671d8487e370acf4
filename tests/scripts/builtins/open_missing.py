# open() of a missing file.
try:
    open('_definitely_missing_file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
try:
    open('_definitely_missing_file.txt', 'rb')
except OSError as e:
    print(isinstance(e, FileNotFoundError), e.filename)
