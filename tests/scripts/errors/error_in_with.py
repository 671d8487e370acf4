class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit saw', a[0].__name__)
        return False
with CM():
    raise OSError('inside with')
