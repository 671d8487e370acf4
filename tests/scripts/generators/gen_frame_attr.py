# gi_frame / gi_code on generators.
def g():
    yield 1
it = g()
print(it.gi_frame is not None, it.gi_code.co_name)
next(it)
print(next(it, 'done'), it.gi_frame)
