# __set_name__ is called at class creation.
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get('_' + self.name, 'unset')
    def __set__(self, obj, v):
        obj.__dict__['_' + self.name] = v
class Model:
    first = Field()
    second = Field()
m = Model()
m.first = 1
print(m.first, m.second, Model.first.name)
f = Field()
class Late: pass
Late.attr = f
print(hasattr(f, 'name'))
