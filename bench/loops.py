# Integer arithmetic in nested loops.
def work(n):
    total = 0
    for i in range(n):
        j = i
        while j > 0:
            total += (i * j) % 7 - (j & 3)
            j -= 3
    return total


print(work(3000))
