# Dictionaries and strings: word counting, formatting, joining.
def text(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
             "theta", "iota", "kappa", "lambda", "mu"]
    out = []
    for i in range(n):
        out.append(words[(i * 7 + i // 3) % len(words)])
        if i % 11 == 0:
            out.append(str(i))
    return " ".join(out)


def count(s):
    counts = {}
    for w in s.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def report(counts):
    lines = []
    for k in sorted(counts):
        lines.append("%s=%d" % (k.upper(), counts[k]))
        lines.append("{}:{}".format(k[::-1], len(k)))
    return ";".join(lines)


total = 0
for rep in range(25):
    s = text(20000)
    c = count(s)
    r = report(c)
    total += len(r) + len(c) + s.count("eta")
print(total)
