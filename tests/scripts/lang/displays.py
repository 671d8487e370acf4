# Tuple, list, dict and set displays.
print((), (1,), (1, 2), 1, (1), [], [1,], {}, {1: 2, 3: 4}, {1, 2, 3})
print({'a': 1, 'a': 2}, {1: 'int', 1.0: 'float', True: 'bool'})
t = 1, 2, 3
print(t, type(t).__name__)
print(type({}).__name__, type(set()).__name__, {()}, {(): ()})
print([1, [2, [3, [4]]]], ((),), [(), []])
print({'k': [1, {2: (3,)}]})
print(len((1, 2, 3,)), [1, 2,][-1])
