# Object-oriented scheduler simulation: classes, inheritance, method calls
# and attribute access on many small objects (in the spirit of richards).
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = None
        self.waiting = False
        self.runs = 0

    def receive(self, packet):
        self.queue = packet.append_to(self.queue)

    def take(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
        return p

    def run(self, packet):
        raise NotImplementedError


class Worker(Task):
    def __init__(self, scheduler, ident, priority, targets):
        Task.__init__(self, scheduler, ident, priority)
        self.targets = targets
        self.turn = 0

    def run(self, packet):
        self.runs += 1
        if packet is None:
            return None
        packet.count += 1
        for i in range(4):
            packet.data[i] = (packet.data[i] + self.ident + i) % 26
        target = self.targets[self.turn]
        self.turn = (self.turn + 1) % len(self.targets)
        return self.scheduler.send(packet, target)


class Idler(Task):
    def __init__(self, scheduler, ident, priority, seed):
        Task.__init__(self, scheduler, ident, priority)
        self.seed = seed

    def run(self, packet):
        self.runs += 1
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648
        return self.scheduler.tasks[self.seed % len(self.scheduler.tasks)]


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.sent = 0

    def add(self, task):
        self.tasks.append(task)
        return task

    def send(self, packet, target):
        self.sent += 1
        task = self.tasks[target]
        task.receive(packet)
        return task

    def schedule(self, steps):
        current = self.tasks[0]
        for _ in range(steps):
            nxt = current.run(current.take())
            if nxt is None:
                nxt = self.tasks[(current.ident + 1) % len(self.tasks)]
            current = nxt


def main():
    s = Scheduler()
    s.add(Idler(s, 0, 0, 42))
    for i in range(1, 10):
        s.add(Worker(s, i, i, [(i * 3 + k) % 10 for k in range(1, 4)]))
    for i in range(1, 10):
        s.tasks[i].receive(Packet(None, i, i % 3))
    s.schedule(300000)
    total = sum(t.runs for t in s.tasks)
    checksum = 0
    for t in s.tasks:
        p = t.queue
        while p is not None:
            checksum += p.count + sum(p.data)
            p = p.link
    print(total, s.sent, checksum)


main()
