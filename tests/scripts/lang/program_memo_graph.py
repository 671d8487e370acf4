# Graph algorithms: BFS, DFS, topological sort, memoised path counting.
graph = {
    'shirt': ['tie', 'belt'],
    'tie': ['jacket'],
    'pants': ['shoes', 'belt'],
    'belt': ['jacket'],
    'socks': ['shoes'],
    'shoes': [],
    'jacket': [],
    'watch': [],
}
def topo(g):
    seen, order = set(), []
    def visit(n):
        if n in seen:
            return
        seen.add(n)
        for m in g[n]:
            visit(m)
        order.append(n)
    for n in g:
        visit(n)
    return order[::-1]
print(topo(graph))
def bfs(g, start):
    dist = {start: 0}
    queue = [start]
    while queue:
        n = queue.pop(0)
        for m in g[n]:
            if m not in dist:
                dist[m] = dist[n] + 1
                queue.append(m)
    return dist
print(bfs(graph, 'shirt'))
grid_cache = {}
def paths(r, c):
    if (r, c) in grid_cache:
        return grid_cache[r, c]
    result = 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
    grid_cache[r, c] = result
    return result
print(paths(16, 16), len(grid_cache))
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
print([''.join(p) for p in permutations('abc')])
def subsets(s):
    return [[]] if not s else [x + y for x in subsets(s[1:]) for y in ([], [s[0]])]
print(sorted(subsets([1, 2, 3]), key=lambda x: (len(x), x)))
