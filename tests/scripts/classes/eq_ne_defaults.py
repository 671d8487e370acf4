# __ne__ defaults to the inverse of __eq__ unless defined.
class A:
    def __eq__(self, o): return 'eq-result'
print(A() == 1, A() != 1)
class B:
    def __ne__(self, o): return 'ne-result'
print(B() != 1, B() == 1)
class C:
    def __eq__(self, o): return NotImplemented
print(C() == C(), C() != C())
c = C()
print(c == c, c != c)
