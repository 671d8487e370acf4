# A Queue subclass changes the order by overriding _init/_qsize/_put/_get,
# which run with the mutex held; blocking and bounds keep working.
import queue
import threading


class RoundRobinQueue(queue.Queue):
    """Takes turns between the senders named in (sender, item) pairs."""

    def _init(self, maxsize):
        self.lanes = {}
        self.turns = []

    def _qsize(self):
        return sum(len(lane) for lane in self.lanes.values())

    def _put(self, pair):
        sender, item = pair
        if sender not in self.lanes:
            self.lanes[sender] = []
            self.turns.append(sender)
        self.lanes[sender].append(item)

    def _get(self):
        while True:
            sender = self.turns.pop(0)
            lane = self.lanes[sender]
            if lane:
                self.turns.append(sender)
                return sender, lane.pop(0)
            del self.lanes[sender]


q = RoundRobinQueue(maxsize=10)
for n in range(4):
    q.put(("a", n))
q.put(("b", 0))
q.put(("b", 1))
q.put(("c", 0))
print("qsize", q.qsize(), "full", q.full())
print([q.get() for _ in range(7)])
print("empty", q.empty())

# Still a blocking queue: a getter waits for a put from another thread.
box = []
t = threading.Thread(target=lambda: box.append(q.get()))
t.start()
q.put(("z", "late"))
t.join()
print(box)


class CountingQueue(queue.Queue):
    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self.puts = 0

    def _put(self, item):
        self.puts += 1
        super()._put(item)


c = CountingQueue(2)
c.put(1)
c.put(2)
try:
    c.put_nowait(3)
except queue.Full:
    pass
print("puts", c.puts, "items", list(c.queue))
