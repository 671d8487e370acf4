# Error messages when operators are unsupported on user classes.
class A: pass
class B: pass
tests = [lambda: A() + B(), lambda: A() < B(), lambda: A() >= 1, lambda: ~A(), lambda: abs(A()),
         lambda: A()[0], lambda: A()[0] == 1, lambda: len(A()), lambda: iter(A()), lambda: A() in A(),
         lambda: A()(), lambda: -A(), lambda: A() ** 2, lambda: 2 % A(), lambda: divmod(A(), 1)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
def set_item():
    a = A()
    a[0] = 1
def del_item():
    a = A()
    del a[0]
for t in (set_item, del_item):
    try:
        t()
    except TypeError as e:
        print(e)
