# PriorityQueue hands out the smallest item first; (priority, data)
# tuples break ties by their data.
import queue
import random

q = queue.PriorityQueue()
rng = random.Random(5)
values = list(range(50))
rng.shuffle(values)
for v in values:
    q.put(v)
out = [q.get() for _ in range(50)]
print(out == sorted(values), out[:5])

jobs = queue.PriorityQueue()
for job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (2, "another")]:
    jobs.put(job)
while not jobs.empty():
    print(jobs.get())

# Items that do not compare need a counter between priority and data.
class Task:
    def __init__(self, name):
        self.name = name

tasks = queue.PriorityQueue()
for seq, (prio, name) in enumerate([(2, "b"), (1, "a"), (2, "c")]):
    tasks.put((prio, seq, Task(name)))
print([tasks.get()[2].name for _ in range(3)])

try:
    bad = queue.PriorityQueue()
    bad.put(Task("x"))
    bad.put(Task("y"))
except TypeError as e:
    print("TypeError:", "not supported" in str(e))

b = queue.PriorityQueue(maxsize=2)
b.put(5)
b.put(1)
print("full", b.full(), "get", b.get(), b.get())
