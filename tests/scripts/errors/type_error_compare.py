# TypeError from ordering comparison.
print(sorted([3, 'a', 1]))
