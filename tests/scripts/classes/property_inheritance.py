# Properties are inherited and can be overridden.
class Base:
    @property
    def name(self): return 'base'
    @property
    def val(self): return self._v
    @val.setter
    def val(self, v): self._v = v
class Child(Base):
    @property
    def name(self): return 'child/' + super().name
    @Base.val.setter
    def val(self, v): self._v = v * 10
c = Child()
c.val = 2
print(c.name, c.val)
p = property(lambda s: 1)
print(p.fget is not None, p.fset, p.fdel)
q = p.setter(lambda s, v: None)
print(q is p, q.fset is not None)
