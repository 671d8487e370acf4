# TypeError: object is not subscriptable.
x = 5
print(x[0])
