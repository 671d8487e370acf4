# __class_getitem__ and built-in generic aliases.
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__}]'
print(Box[int])
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__, list[int]([1, 2]))
