# Template-method pattern with NotImplementedError.
class Shape:
    def area(self):
        raise NotImplementedError('subclass must implement area')
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circle(Shape): pass
print(Sq(3).describe())
try:
    Circle().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(issubclass(NotImplementedError, RuntimeError))
