# X | Y union types with isinstance/issubclass (3.10+).
print(isinstance(1, int | str), isinstance('a', int | str), isinstance(1.5, int | str))
print(issubclass(bool, int | None), isinstance(None, int | None))
u = int | str
print(u, type(u).__name__, u == (str | int), int | int)
print(list[int] | None)
