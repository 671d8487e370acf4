# A tiny round-robin scheduler over coroutines.
class Yield:
    def __await__(self):
        yield
async def task(name, n):
    for i in range(n):
        print(name, 'step', i)
        await Yield()
    return name + ' done'
def run_all(coros):
    results = {}
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results[e.value] = True
    return list(results)
print(run_all([task('A', 2), task('B', 3), task('C', 1)]))
