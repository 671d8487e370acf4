# User exception classes.
class AppError(Exception):
    pass
class CodeError(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f'[{self.code}] {self.msg}'
try:
    raise CodeError(404, 'not found')
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, repr(e))
class Plain(Exception): pass
e = Plain('a', 1)
print(str(e), repr(e), e.args)
print(str(Plain()), repr(Plain()), str(Plain('only')), repr(Plain('only')))
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5)
print(n.args, str(n), repr(n))
class WithRepr(ValueError):
    def __repr__(self): return 'WithRepr!'
print(repr(WithRepr('m')), str(WithRepr('m')), isinstance(WithRepr(), ValueError))
print(CodeError.__mro__[1:])
try:
    raise Plain
except Plain as e:
    print('raised class', repr(e))
