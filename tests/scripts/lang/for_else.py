# for with else, break, continue, nested loops.
for i in range(3):
    pass
else:
    print('for else', i)
for x in [1, 3, 5, 6, 7]:
    if x % 2 == 0:
        print('found even', x)
        break
else:
    print('no even')
for x in []:
    print('never')
else:
    print('empty loop else')
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
res = []
for c in 'a1b2c3':
    if c.isdigit():
        continue
    res.append(c)
print(res)
for i in range(5):
    pass
print('after loop', i)
