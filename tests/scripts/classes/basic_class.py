# Basic class definition, instances, attributes.
class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__name__, Point.__doc__)
print(type(p) is Point, type(p).__name__, p.__class__.__name__, isinstance(p, Point))
print(sorted(p.__dict__.items()), Point.__module__, Point.__qualname__)
p.z = 5
print(p.z, hasattr(p, 'z'), hasattr(Point, 'z'))
print(type(Point).__name__, Point.__bases__, Point.__base__)
