# del of names in various scopes.
a = 1
del a
print('a' in globals())
def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(f())
def g():
    global b
    b = 5
    del b
g()
print('b' in globals())
try:
    del undefined_thing
except NameError as e:
    print(e)
def h():
    try:
        del never_assigned
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
    never_assigned = 1
print(h())
for i in range(2):
    pass
del i
print('i' in globals())
