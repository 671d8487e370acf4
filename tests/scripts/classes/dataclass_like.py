# A hand-written dataclass-style decorator using __annotations__.
def record(cls):
    fields = list(cls.__annotations__)
    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)
    def __repr__(self):
        return cls.__name__ + '(' + ', '.join(f'{f}={getattr(self, f)!r}' for f in fields) + ')'
    def __eq__(self, other):
        return type(other) is cls and all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
    return cls
@record
class P:
    x: int
    y: str
print(P(1, 'a'), P(1, 'a') == P(1, 'a'), P(1, 'a') == P(2, 'a'), P.__hash__ is object.__hash__)
