# Comprehension loop variables do not leak; class body rules.
x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
g = (x for x in 'ab')
print(x, list(g))
print({x: 1 for x in 'k'}, x)
class C:
    n = 5
    vals = [i for i in range(3)]
    # The first iterable is evaluated in class scope:
    doubled = [i * 2 for i in range(n)]
    try:
        bad = [n for i in range(2)]
    except NameError as e:
        err = str(e)
print(C.vals, C.doubled, C.err)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
print([[x for x in range(k)] for x in range(3) for k in [x]])
