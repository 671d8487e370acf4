# else and finally clauses.
def f(fail):
    log = []
    try:
        log.append('try')
        if fail:
            raise RuntimeError
    except RuntimeError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(f(False), f(True))
try:
    try:
        raise KeyError('x')
    finally:
        print('finally before propagation')
except KeyError:
    print('then caught')
def g():
    try:
        pass
    finally:
        print('finally without except')
g()
