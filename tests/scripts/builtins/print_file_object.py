# print to a user object with a write method.
class Collect:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): self.parts.append('<flush>')
c = Collect()
print('hello', 42, file=c)
print('x', end='', file=c, flush=True)
print(c.parts)
try:
    print('x', file=object())
except AttributeError as e:
    print(e)
