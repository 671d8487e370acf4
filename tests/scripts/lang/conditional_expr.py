# Conditional expressions.
for x in [-2, 0, 3]:
    print('neg' if x < 0 else 'zero' if x == 0 else 'pos')
print(1 if True else 1/0, (lambda: 1)() if [] else 'empty')
v = [i if i % 2 else -i for i in range(5)]
print(v)
print((1 if 0 else 2) + 10)
