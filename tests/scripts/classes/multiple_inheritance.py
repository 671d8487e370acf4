# Diamond with cooperative super().
class Base:
    def __init__(self):
        print('Base.__init__')
    def who(self):
        return ['Base']
class Left(Base):
    def __init__(self):
        print('Left.__init__')
        super().__init__()
    def who(self):
        return ['Left'] + super().who()
class Right(Base):
    def __init__(self):
        print('Right.__init__')
        super().__init__()
    def who(self):
        return ['Right'] + super().who()
class Bottom(Left, Right):
    def __init__(self):
        print('Bottom.__init__')
        super().__init__()
    def who(self):
        return ['Bottom'] + super().who()
b = Bottom()
print(b.who())
print([c.__name__ for c in Bottom.__mro__])
print(super(Left, b).who())
