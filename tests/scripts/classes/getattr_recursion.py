# Unbounded recursion through __getattr__ / __repr__ raises RecursionError.
class A:
    def __getattr__(self, n):
        return self.missing
try:
    A().x
except RecursionError as e:
    print('RecursionError', e)
class B:
    def __repr__(self):
        return repr(self)
try:
    repr(B())
except RecursionError as e:
    print('RecursionError from repr')
print('still running')
