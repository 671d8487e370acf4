# Chained assignment binds the same object; left-to-right targets.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
order = []
class T:
    def __setitem__(self, k, v):
        order.append(k)
t = T()
t['first'] = t['second'] = 0
print(order)
i = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
