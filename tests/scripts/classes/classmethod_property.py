# classmethod wrapping other descriptors (property) works in 3.11.
class P:
    @classmethod
    @property
    def cp(cls):
        return 'class property of ' + cls.__name__
class Q(P): pass
print(P.cp, Q.cp, P().cp)
