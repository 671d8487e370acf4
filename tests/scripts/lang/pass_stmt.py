# pass in various bodies.
def f():
    pass
class C:
    pass
for _ in range(2):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(f(), C.__name__, 'ok')
