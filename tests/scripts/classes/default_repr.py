# Default reprs of classes, functions and methods (address-free parts).
class A:
    def m(self): pass
print(repr(A), str(A), repr(int), repr(type), repr(object))
a = A()
r = repr(a)
print(r.startswith('<__main__.A object at 0x'), r.endswith('>'))
print(repr(A.m).startswith('<function A.m at 0x'))
print(repr(a.m).startswith('<bound method A.m of <__main__.A object at 0x'))
print(repr(len), repr(print), repr(None), repr(NotImplemented), repr(Ellipsis))
def f(): pass
print(repr(f).startswith('<function f at 0x'))
print(repr(lambda: 0).startswith('<function <lambda> at 0x'))
class N:
    class Inner: pass
print(repr(N.Inner), repr(N.Inner()).startswith('<__main__.N.Inner object'))
