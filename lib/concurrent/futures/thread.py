"""ThreadPoolExecutor: run calls on a pool of worker threads.

Calls go into one SimpleQueue shared by the executor's workers as
_WorkItems. A worker is started per submit() until max_workers exist,
unless one is idle: each worker releases _idle_semaphore after every item
it finishes, and submit() takes one such release instead of starting a
thread. A None in the queue tells a worker to stop; it puts the None back
for the next one.

Workers are ordinary (non-daemon) threads. At interpreter exit, before
threads are joined, _python_exit stops every worker that is still alive:
each finishes the work queued so far, then exits. gilt has no weakref
yet, so unlike CPython a worker holds its executor strongly: the pool of
an executor that is dropped without shutdown() lives until exit.
"""

import itertools
import os
import queue
import threading
import types

from concurrent.futures import _base

# Live worker thread -> its work queue, for _python_exit.
_threads_queues = {}
_shutdown = False
# Makes "shutting down" and "starting a worker" exclude each other, so
# _python_exit sees every worker that submit() starts.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
        items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


# Runs before threading joins the non-daemon threads, which the workers
# are; atexit would run after that and wait for ever.
threading._register_atexit(_python_exit)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker's initializer failed: the pool is unusable."""


class _WorkItem:
    """A submitted call and the Future that receives its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor, work_queue, initializer, initargs):
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base.LOGGER.critical('Exception in initializer:',
                                      exc_info=True)
                executor._initializer_failed()
                return
        _work(executor, work_queue)
    finally:
        with _global_shutdown_lock:
            _threads_queues.pop(threading.current_thread(), None)


def _work(executor, work_queue):
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is None:
                # Shutdown: mark the executor shut (it may be the
                # interpreter's doing) and pass the word on.
                executor._shutdown = True
                work_queue.put(None)
                return
            work_item.run()
            del work_item
            executor._idle_semaphore.release()
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)


class ThreadPoolExecutor(_base.Executor):
    """An Executor running calls on up to [max_workers] threads."""

    # Numbers the executors that get a default thread_name_prefix.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """[max_workers] threads at most, by default min(32, CPU count
        + 4); the threads are named [thread_name_prefix]_N
        (ThreadPoolExecutor-K_N by default) and each calls
        initializer(*initargs) first, if given.
        """
        if max_workers is None:
            # At least 5 threads for I/O-bound work, at most 32 so that
            # many-core machines do not start hundreds of idle threads.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # Called with both shutdown locks held.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=name, target=_worker,
                                 args=(self, self._work_queue,
                                       self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail the calls still queued.
            for work_item in self._drain():
                work_item.future.set_exception(BrokenThreadPool(self._broken))

    def _drain(self):
        # The queued work items, taken out of the queue (None skipped).
        items = []
        while True:
            try:
                work_item = self._work_queue.get_nowait()
            except queue.Empty:
                return items
            if work_item is not None:
                items.append(work_item)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for work_item in self._drain():
                    work_item.future.cancel()
            # Wake a worker; each one that stops wakes the next.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
