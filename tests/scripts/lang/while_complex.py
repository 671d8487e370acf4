# while loops with complex conditions and nested break/continue.
data = [3, 1, 4, 1, 5, 9, 2, 6]
i = total = 0
while i < len(data) and total < 10:
    total += data[i]
    i += 1
print(i, total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
found = None
outer = 0
while outer < 5:
    inner = 0
    while inner < 5:
        if outer * inner == 6:
            found = (outer, inner)
            break
        inner += 1
    else:
        outer += 1
        continue
    break
print(found)
