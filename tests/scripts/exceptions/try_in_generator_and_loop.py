# Exceptions crossing function boundaries unwind frames correctly.
def level3():
    raise KeyError('deep')
def level2():
    try:
        level3()
    finally:
        print('level2 finally')
def level1():
    try:
        level2()
    except IndexError:
        print('wrong')
    print('not reached')
try:
    level1()
except KeyError as e:
    print('top caught', e)
def count():
    n = 0
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(i)
        except ValueError:
            n += 1
    return n
print(count())
