# while with else, break, continue.
i = 0
while i < 3:
    i += 1
else:
    print('while else ran', i)
i = 0
while True:
    i += 1
    if i == 5:
        break
else:
    print('never')
print('broke at', i)
i = 0
out = []
while i < 10:
    i += 1
    if i % 2:
        continue
    out.append(i)
print(out)
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print('no break, else ran')
