# List, dict and set comprehensions, nested and filtered.
def run(n):
    total = 0
    for k in range(n):
        squares = [i * i for i in range(200) if i % 3]
        table = {i: i % 17 for i in range(200)}
        seen = {v for v in table.values() if v > 3}
        pairs = [(a, b) for a in range(20) for b in range(a) if (a + b) % 5 == 0]
        total += len(squares) + sum(table.values()) + len(seen) + len(pairs) + k
    return total


print(run(3000))
