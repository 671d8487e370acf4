# RecursionError can be caught and the program continues.
def f():
    return f()
try:
    f()
except RecursionError as e:
    print('RecursionError', e)
def g(n):
    return 0 if n == 0 else 1 + g(n - 1)
print(g(100))
