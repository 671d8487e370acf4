# Class attributes vs instance attributes.
class C:
    shared = []
    count = 0
    def __init__(self):
        C.count += 1
        self.own = []
a, b = C(), C()
a.shared.append(1)
a.own.append(2)
print(b.shared, b.own, C.count)
a.count = 100
print(a.count, b.count, C.count, 'count' in a.__dict__)
del a.count
print(a.count)
C.shared = 'replaced'
print(a.shared, b.shared)
C.new_attr = 'added later'
print(a.new_attr)
