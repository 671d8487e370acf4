# global at module level is allowed and harmless.
global gvar
gvar = 1
print(gvar)
def f():
    global gvar
    gvar += 1
f()
print(gvar)
