# Default equality is identity.
class C: pass
a, b = C(), C()
print(a == a, a == b, a != b, a is a, id(a) == id(a), id(a) == id(b))
print(a.__eq__(b), a.__ne__(a), a.__eq__(a))
lst = [a, b]
print(lst.index(b), a in lst, C() in lst)
