# callable().
class C:
    def m(self): pass
class D:
    def __call__(self): pass
print(callable(len), callable(C), callable(C()), callable(D()), callable(C().m), callable(lambda: 0))
print(callable(1), callable('s'), callable(None), callable(int), callable(type), callable([].append))
