"""Synchronised queues for handing items from one thread to another.

Queue (first in, first out), LifoQueue (last in, first out) and
PriorityQueue (lowest first) share one design: a container guarded by a
single lock, with three conditions on that lock -- not_empty wakes getters,
not_full wakes putters of a bounded queue, all_tasks_done wakes join().
Subclasses change the order by overriding the four container hooks
_init, _qsize, _put and _get, which run with the lock held.

SimpleQueue is an unbounded FIFO without task tracking, kept cheap: a
deque and one lock, and a get() that finds it empty waits on a lock of
its own, to which put() hands the next item directly.

Timeouts follow CPython: block=False never waits, timeout=None waits for
ever, a negative timeout is a ValueError, and a wait that runs out raises
Empty or Full.
"""

import threading
from collections import deque
from heapq import heappop, heappush
from time import monotonic as _time
from types import GenericAlias

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False), get_nowait() or a timed-out get()."""


class Full(Exception):
    """Raised by put(block=False), put_nowait() or a timed-out put()."""


# CPython defines Empty and SimpleQueue in its C module _queue; say the
# same so reprs and uncaught-exception tracebacks read as they do there.
Empty.__module__ = '_queue'


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A FIFO queue holding at most [maxsize] items (no limit if <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item fetched by get() as processed, releasing join()
        once every item put so far has been marked."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
            if unfinished == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Wait until task_done() has been called for every item put."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The approximate number of items (others may change it at once)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if the queue is empty right now (it may not stay so)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True if a bounded queue is full right now (it may not stay so)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add [item], waiting for a free slot if the queue is bounded.

        With block false, raise Full at once when there is no slot; with
        a [timeout], raise Full when none frees up within that many
        seconds.
        """
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if needed.

        With block false, raise Empty at once when there is none; with a
        [timeout], raise Empty when none arrives within that many seconds.
        """
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                deadline = _time() + timeout
                while not self._qsize():
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # The container hooks; each runs with self.mutex held.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(GenericAlias)


class PriorityQueue(Queue):
    """A queue that hands out its smallest item first, usually a
    (priority, data) tuple."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that hands out the item put most recently first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class _Getter:
    """A get() blocked on an empty SimpleQueue: [lock] is held until put()
    stores the item for it in [item] and releases the lock."""

    __slots__ = ('lock', 'item')

    def __init__(self):
        self.lock = threading.Lock()
        self.lock.acquire()
        self.item = None


class SimpleQueue:
    """An unbounded FIFO queue, without task_done() and join()."""

    def __init__(self):
        # Never both non-empty: put() hands its item straight to the
        # longest-waiting getter, if there is one.
        self._items = deque()
        self._getters = deque()
        self._mutex = threading.Lock()

    def _deliver(self, item, first):
        with self._mutex:
            if self._getters:
                getter = self._getters.popleft()
                getter.item = item
                getter.lock.release()
            elif first:
                self._items.appendleft(item)
            else:
                self._items.append(item)

    def _withdraw(self, getter):
        # Take back a getter that stopped waiting; True if put() handed
        # it an item before that.
        with self._mutex:
            try:
                self._getters.remove(getter)
            except ValueError:
                return True
            return False

    def put(self, item, block=True, timeout=None):
        """Add [item]; never blocks, so [block] and [timeout] are ignored
        (they exist for compatibility with Queue.put)."""
        self._deliver(item, False)

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if needed; raise
        Empty as Queue.get() does."""
        if block and timeout is not None:
            _check_timeout(timeout)
        with self._mutex:
            if self._items:
                return self._items.popleft()
            if not block:
                raise Empty
            getter = _Getter()
            self._getters.append(getter)
        try:
            if getter.lock.acquire(True, -1 if timeout is None else timeout):
                return getter.item
        except BaseException:
            # Interrupted (Ctrl-C): an item that came meanwhile goes back
            # to the head of the queue.
            if self._withdraw(getter):
                self._deliver(getter.item, True)
            raise
        if self._withdraw(getter):
            return getter.item
        raise Empty

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def empty(self):
        """True if the queue is empty right now (it may not stay so)."""
        return not self._items

    def qsize(self):
        """The approximate number of items (others may change it at once)."""
        return len(self._items)

    __class_getitem__ = classmethod(GenericAlias)


SimpleQueue.__module__ = '_queue'
