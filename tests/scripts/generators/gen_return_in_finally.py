# Generator closed mid-iteration inside a with block.
class CM:
    def __enter__(self):
        print('enter')
    def __exit__(self, *a):
        print('exit', a[0].__name__ if a[0] else None)
def g():
    with CM():
        yield 1
        yield 2
it = g()
print(next(it))
it.close()
print(list(g()))
