# ZeroDivisionError: integer division.
print(1 // 0)
