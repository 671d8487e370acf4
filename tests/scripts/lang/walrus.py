# Assignment expressions.
if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 4, 5]
print([y for x in data if (y := x * 2) > 4], y)
i = 0
while (i := i + 1) < 4:
    print('loop', i)
print((z := 5) + z)
def f():
    [(last := v) for v in 'abc']
    return last
print(f())
print([total := 0, total := total + 1, total])
