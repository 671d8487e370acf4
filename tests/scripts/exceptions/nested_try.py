# Deeply nested try statements.
def f(n):
    log = []
    try:
        log.append('a')
        try:
            log.append('b')
            if n == 1:
                raise ValueError
            try:
                log.append('c')
                if n == 2:
                    raise KeyError
            finally:
                log.append('c-fin')
        except KeyError:
            log.append('b-except')
        finally:
            log.append('b-fin')
    except ValueError:
        log.append('a-except')
    finally:
        log.append('a-fin')
    return log
for n in (0, 1, 2):
    print(n, f(n))
