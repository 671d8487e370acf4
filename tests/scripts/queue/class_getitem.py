# The queue classes are generic: Queue[int] is a types.GenericAlias.
import queue
import types

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    alias = cls[int]
    print(alias, type(alias) is types.GenericAlias, alias.__origin__ is cls, alias.__args__)
print(queue.Queue[tuple[int, str]])


def annotated(q: queue.Queue[str]) -> queue.SimpleQueue[bytes]:
    return queue.SimpleQueue()


print(annotated.__annotations__["q"])
print(queue.Queue[int]().maxsize)
