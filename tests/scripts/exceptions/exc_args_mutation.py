# Exception instances are ordinary objects.
class E(Exception):
    def __init__(self, *args, extra=None):
        super().__init__(*args)
        self.extra = extra
try:
    raise E('a', 'b', extra={'k': 1})
except E as e:
    print(e.args, e.extra, str(e))
e = Exception('x')
e.args = ()
print(repr(e), str(e))
class NoArgsInit(Exception):
    def __init__(self):
        pass
print(repr(NoArgsInit()), NoArgsInit().args)
class Custom(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
c = Custom(1, 2)
print(c.args, str(c), repr(c))
