# Lexical structure: semicolons, continuation lines, comments, implicit joining.
a = 1; b = 2; c = a + b
print(a, b, c)
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,  # comment inside brackets
    2,
    # a full-line comment
    3,
]
print(items)
if a == 1: print('inline if'); print('second stmt')
def f(x,
      y=2,
      ):
    return x + y
print(f(
    1,
))
s = ('implicit '
     'joining')
print(s)
   # indented comment line is fine
print('end')  # trailing comment
