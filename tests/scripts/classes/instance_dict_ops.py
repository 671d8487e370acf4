# Instances store attributes in __dict__.
class C:
    def __init__(self):
        self.a = 1
c = C()
c.__dict__['b'] = 2
print(c.a, c.b, vars(c))
vars(c)['z'] = 26
print(c.z)
del c.__dict__['a']
print(hasattr(c, 'a'), list(vars(c)))
setattr(c, '1not-identifier', 'ok')
print(getattr(c, '1not-identifier'), '1not-identifier' in vars(c))
