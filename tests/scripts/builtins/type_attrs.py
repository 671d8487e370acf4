# Attributes of type objects.
print(int.__name__, int.__qualname__, int.__module__, str.__bases__, bool.__bases__, bool.__base__)
print(object.__base__, type.__base__, KeyError.__base__, [c.__name__ for c in bool.__mro__])
class A: pass
class B(A):
    "doc"
print(B.__name__, B.__qualname__, B.__module__, B.__doc__, B.__base__.__name__, A.__subclasses__())
print(int.__doc__ is not None, type(int.__dict__).__name__)
