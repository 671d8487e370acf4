# sorted is stable; key called once per element.
calls = []
def key(x):
    calls.append(x)
    return x[0]
data = [(1, 'c'), (0, 'b'), (1, 'a'), (0, 'd')]
print(sorted(data, key=key), len(calls))
print(sorted(data, key=key, reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words), sorted(words, key=str.lower), min(words, key=str.lower))
