# Starred items in displays, ** in dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b}, [*'hi', *range(2)])
print(*a, *b)
d1 = {'x': 1, 'y': 2}
d2 = {'y': 3, 'z': 4}
print({**d1, **d2}, {**d1, 'y': 0}, {'y': 0, **d1}, {**{}})
print([*[], *()], (*a,), type((*a,)).__name__)
print({*()}, [*{1: 2}], [*{'k': 'v'}.items()])
