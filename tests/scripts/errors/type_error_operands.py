# TypeError: unsupported operand types.
print(1 + 'a')
