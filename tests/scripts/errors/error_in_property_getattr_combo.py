# AttributeError inside a property falls back to __getattr__.
class C:
    @property
    def p(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        raise AttributeError(f'__getattr__ for {name}')
C().p
