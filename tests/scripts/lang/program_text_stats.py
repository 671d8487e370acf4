# Word statistics over a text: splitting, counting, sorting by multiple keys.
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs away! Quick, quick: the end."""
words = [w.strip('.,;:!').lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(len(words), len(counts), max(words, key=len), min(words, key=len))
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
lines = text.splitlines()
print([len(l.split()) for l in lines])
print(' '.join(w.capitalize() for w in words[:4]))
print(''.join(c for c in text if c.isupper()))
vowels = sum(1 for c in text.lower() if c in 'aeiou')
print('vowels', vowels)
