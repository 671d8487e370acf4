# TypeError: can only concatenate str.
print('a' + 1)
