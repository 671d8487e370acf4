# super() in its forms.
class A:
    def f(self): return 'A.f'
    @classmethod
    def cm(cls): return 'A.cm ' + cls.__name__
    @staticmethod
    def sm(): return 'A.sm'
class B(A):
    def f(self): return 'B.f>' + super().f()
    @classmethod
    def cm(cls): return 'B.cm>' + super().cm()
    @staticmethod
    def sm(): return 'B.sm>' + super(B, B).sm()
    def explicit(self): return super(B, self).f()
class C(B): pass
print(C().f(), C.cm(), C.sm(), C().explicit())
print(super(B, C()).f(), super(A, C()).__class__.__name__)
s = super(B, C())
print(type(s).__name__, s.f())
def outside():
    try:
        super()
    except RuntimeError as e:
        print('RuntimeError', e)
outside()
