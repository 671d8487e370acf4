# The class body runs once, top to bottom, as a namespace.
print('before')
class C:
    print('in body')
    a = 1
    b = a + 1
    for i in range(3):
        pass
    del i
    if b > 1:
        big = True
    def m(self):
        return self.a
print('after', C.a, C.b, C.big, hasattr(C, 'i'), C().m())
print(sorted(k for k in C.__dict__ if not k.startswith('__')))
class Empty: ...
print(Empty.__name__, type(Empty.__dict__).__name__)
