# Recursive closures refer to themselves via the enclosing cell.
def make():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact
print(make()(12))
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90))
