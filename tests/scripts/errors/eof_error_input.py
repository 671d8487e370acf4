# stdin is /dev/null: input() raises EOFError.
try:
    input()
except EOFError as e:
    print('EOFError', repr(str(e)))
input('prompt> ')
