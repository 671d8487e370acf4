# input() with stdin at EOF raises EOFError.
try:
    s = input()
    print('read', repr(s))
except EOFError as e:
    print('EOFError:', e)
try:
    input('prompt: ')
except EOFError:
    print()
    print('EOFError again')
