# Assignment anywhere in a function makes a name local.
x = 'global'
def reads_then_assigns():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    x = 'local'
    return x
print(reads_then_assigns())
def aug():
    try:
        x += 1
    except UnboundLocalError as e:
        return str(e)
print(aug())
def in_loop():
    for x in []:
        pass
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(in_loop())
def conditional(flag):
    if flag:
        y = 1
    return y
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(e)
def via_import():
    try:
        return sys
    except UnboundLocalError as e:
        return str(e)
    import sys
print(via_import())
