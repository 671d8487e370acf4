# Nested functions and function objects as values.
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def apply_all(fs, v):
    return [f(v) for f in fs]
print(apply_all([abs, str, float, bool], -3))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b}
print(ops['+'](2, 3), ops['-'](2, 3))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10))
