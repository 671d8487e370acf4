# Annotations without PEP 563: when and where they are evaluated.
log = []
def note(x):
    log.append(x)
    return x
class NS: pass
obj = NS()
d = {}
a: note('simple') = note('value')
(b): note('parenthesised')
obj.attr: note('attribute')
d[note('key')]: note('subscript')
d[note(1):note(2), note(3)]: note('slice')
if True:
    nested: note('nested') = 1
for _ in [0]:
    looped: int
try:
    tried: str
finally:
    pass
print(log)
print(__annotations__)
class C:
    x: note('class') = 1
    if True:
        y: list
    (z): note('class paren')
print(C.__annotations__, log[-2:])
def f():
    local: note('never') = 5
    return local
print(f(), 'never' in log)
def g(*args: *[int], **kw: 'k') -> note('ret'): pass
print(g.__annotations__)
try:
    undefined_target.x: int
except NameError as e:
    print(e)
