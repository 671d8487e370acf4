# C3 linearization.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
class X: pass
class Y: pass
class M1(X, Y): pass
class M2(Y, X): pass
try:
    class Bad(M1, M2): pass
except TypeError as e:
    print(e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(e)
try:
    class Order(O, A): pass
except TypeError as e:
    print(e)
print(Z.mro() == list(Z.__mro__), object.__mro__)
