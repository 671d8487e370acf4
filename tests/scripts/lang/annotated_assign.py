# Annotated assignments.
x: int = 5
y: 'list[str]'
z: float = 1.5
print(x, z, __annotations__)
try:
    y
except NameError as e:
    print(e)
class C:
    a: int
    b: str = 'b'
print(C.__annotations__, C.b, hasattr(C, 'a'))
def f():
    local: int = 3
    unset: str
    return local
print(f())
class D:
    pass
d = D()
d.attr: int = 7
print(d.attr)
lst = [0]
lst[0]: int = 9
print(lst)
