# TypeError: unhashable type.
d = {}
d[[1, 2]] = 3
