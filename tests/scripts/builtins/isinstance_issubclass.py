# isinstance/issubclass on built-in types.
print(isinstance(1, int), isinstance(1.0, int), isinstance('s', str), isinstance([], (list, tuple)))
print(isinstance(True, int), isinstance(None, type(None)), isinstance(int, type), isinstance(len, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(list, object), issubclass(KeyError, LookupError))
print(issubclass(type, type), issubclass(object, object), isinstance(object, object))
print(isinstance(1, (str, (float, (int,)))), issubclass(dict, (list, dict)))
print(isinstance(range(1), range), isinstance(b'', bytes), isinstance(bytearray(), bytes))
print(isinstance(iter([]), object), isinstance(frozenset(), set), issubclass(frozenset, set))
