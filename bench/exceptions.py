# Raising and catching exceptions, try/finally, custom exception classes.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def check(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i


def run(n):
    total = 0
    cleanups = 0
    for i in range(n):
        try:
            try:
                total += check(i)
            finally:
                cleanups += 1
        except AppError as e:
            total -= e.code
        except LookupError:
            total += 1
    return total, cleanups


print(run(300000))
