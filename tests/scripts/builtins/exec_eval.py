# eval and exec with namespaces.
print(eval('1 + 2'), eval('x * 2', {'x': 21}), eval('[a, b]', {'a': 1}, {'b': 2}))
ns = {}
exec('y = 5\ndef f(): return y * 2', ns)
print(ns['y'], ns['f']())
exec('print("exec prints")')
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg)
code = compile('3 * 4', '<string>', 'eval')
print(eval(code))
