"""Futures, the Executor interface, and waiting on groups of futures.

A Future moves PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED ->
CANCELLED_AND_NOTIFIED when cancelled before it ran. Its state is guarded
by its own Condition; result() and exception() wait on it.

wait() and as_completed() install a _Waiter in each future they watch;
a future that finishes (or, once an executor skips it, is found cancelled)
reports itself to its waiters while holding its condition. A watcher
takes the conditions of all its futures in id() order, so two watchers
of overlapping sets cannot deadlock.
"""

import collections
import sys
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED,
                  FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
# What wait() and as_completed() count as done: a future cancelled but not
# yet skipped by its executor still counts as pending there, as in CPython.
_REPORTED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class _StderrLogger:
    """Stands in for logging.getLogger('concurrent.futures') while gilt
    has no logging module: prints the message, and the traceback of the
    exception being handled, to stderr as logging's last-resort handler
    does."""

    def _log(self, msg, args, exc_info):
        stream = sys.stderr
        if stream is None:
            return
        print(msg % args if args else msg, file=stream)
        if exc_info:
            import traceback
            traceback.print_exc(file=stream)

    def critical(self, msg, *args, exc_info=False):
        self._log(msg, args, exc_info)

    def exception(self, msg, *args, exc_info=True):
        self._log(msg, args, exc_info)


try:
    import logging
except ImportError:
    LOGGER = _StderrLogger()
else:
    LOGGER = logging.getLogger("concurrent.futures")


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


# Since Python 3.11 the builtin; kept here so old imports still work.
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become unusable: it can take no more
    work, and the work it held fails with this error."""


class _Waiter:
    """Collects the futures that finish while wait() or as_completed()
    watches them, and sets [event] when the watcher should look.

    [return_when] is one of wait()'s conditions or _AS_COMPLETED (wake on
    every future); [pending] counts the watched futures not yet done.
    """

    def __init__(self, return_when, pending):
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished_futures = []
        self._return_when = return_when
        self._pending = pending

    def _add(self, future, raised):
        with self.lock:
            self.finished_futures.append(future)
            self._pending -= 1
            if (self._return_when in (_AS_COMPLETED, FIRST_COMPLETED)
                    or self._pending == 0
                    or (raised and self._return_when == FIRST_EXCEPTION)):
                self.event.set()

    def add_result(self, future):
        self._add(future, False)

    def add_exception(self, future):
        self._add(future, True)

    def add_cancelled(self, future):
        self._add(future, False)

    def take(self):
        """The futures finished since the last take(); clears [event]."""
        with self.lock:
            finished = self.finished_futures
            self.finished_futures = []
            self.event.clear()
        return finished


class _AcquireFutures:
    """Hold the conditions of several futures, taken in id() order."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _install_waiter(fs, return_when):
    # Runs with the conditions of all of [fs] held.
    if return_when not in (_AS_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                           ALL_COMPLETED):
        raise ValueError("Invalid return condition: %r" % return_when)
    pending = sum(f._state not in _REPORTED_STATES for f in fs)
    waiter = _Waiter(return_when, pending)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            try:
                f._waiters.remove(waiter)
            except ValueError:
                pass


def as_completed(fs, timeout=None):
    """Yield the futures of [fs] as they finish (finished or cancelled),
    each once, those already done first.

    Raises TimeoutError if [timeout] seconds pass, counted from this
    call, before all of them are done.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = [f for f in fs if f._state in _REPORTED_STATES]
        pending = fs.difference(finished)
        waiter = _install_waiter(fs, _AS_COMPLETED)
    try:
        yield from finished
        while pending:
            if deadline is None:
                wait_timeout = None
            else:
                wait_timeout = deadline - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(pending), total))
            waiter.event.wait(wait_timeout)
            for future in waiter.take():
                pending.discard(future)
                yield future
    finally:
        _remove_waiter(fs, waiter)


DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in [fs] until [return_when] holds or
    [timeout] seconds pass.

    [return_when] is FIRST_COMPLETED (any future done), FIRST_EXCEPTION
    (any future raised; else all done) or ALL_COMPLETED. Returns the
    named pair of sets (done, not_done).
    """
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if f._state in _REPORTED_STATES}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f.exception() is not None
                for f in done):
            return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when)
    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        """Initializes the future. Should not be called by clients."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            name = self.__class__.__name__
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state != FINISHED:
                return '<%s at %#x state=%s>' % (name, id(self), state)
            if self._exception is not None:
                outcome = 'raised ' + self._exception.__class__.__name__
            else:
                outcome = 'returned ' + self._result.__class__.__name__
            return '<%s at %#x state=%s %s>' % (name, id(self), state, outcome)

    def cancel(self):
        """Cancel the call if it has not started; return False if it is
        running or finished, else True."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """True if the future was cancelled."""
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        """True if the call is running now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True if the call finished or was cancelled."""
        with self._condition:
            return self._state in _DONE_STATES

    def _outcome(self):
        # Called with the condition held, once the state is FINISHED.
        if self._exception is not None:
            raise self._exception
        return self._result

    def _wait_done(self, timeout):
        # Wait for a final state; raise CancelledError or TimeoutError if
        # that is what came of it.
        done = self._condition.wait_for(
            lambda: self._state in _DONE_STATES, timeout)
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if not done:
            raise TimeoutError()

    def add_done_callback(self, fn):
        """Call fn(future) when the future finishes or is cancelled, or
        at once if it already has.

        Callbacks run in the thread that completes the future, in the
        order added; an exception they raise is logged and ignored.
        """
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def result(self, timeout=None):
        """The call's return value, waiting up to [timeout] seconds (for
        ever if None) for it.

        Raises CancelledError if the future was cancelled, TimeoutError
        if the time ran out, or the exception the call raised.
        """
        with self._condition:
            self._wait_done(timeout)
            return self._outcome()

    def exception(self, timeout=None):
        """The exception the call raised, or None if it returned, waiting
        as result() does (and raising CancelledError or TimeoutError as
        it does)."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    # The methods below are for Executor implementations and unit tests.

    def set_running_or_notify_cancel(self):
        """Mark the future running, or, if it was cancelled, tell its
        waiters so.

        An executor calls this before running the call; it returns False
        if the call must be skipped (cancelled) and True if it may run.
        Raises RuntimeError if the future already ran or finished.
        """
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                # cancel() already woke the threads in result().
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical('Future %s in unexpected state: %s',
                            id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                if exception is None:
                    waiter.add_result(self)
                else:
                    waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        """Finish the future with [result]; InvalidStateError if it is
        already done."""
        self._finish(result, None)

    def set_exception(self, exception):
        """Finish the future with [exception]; InvalidStateError if it is
        already done."""
        self._finish(None, exception)

    __class_getitem__ = classmethod(types.GenericAlias)


def _results_in_order(futures, deadline):
    # Executor.map's generator: the results of [futures] in order, all
    # within [deadline] (time.monotonic(); None for no limit). Stopping
    # early, by an exception or by close(), cancels the rest.
    futures.reverse()
    try:
        while futures:
            future = futures.pop()
            try:
                if deadline is None:
                    result = future.result()
                else:
                    result = future.result(deadline - time.monotonic())
            finally:
                # A no-op unless result() gave up waiting.
                future.cancel()
            del future
            yield result
    finally:
        for future in futures:
            future.cancel()


class Executor:
    """The interface of ThreadPoolExecutor and ProcessPoolExecutor: a
    runner of calls that hands back Futures."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for it."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls run by the executor.

        All calls are submitted at once; the iterator returned yields
        their results in input order, re-raising the exception of the
        first call that raised when it gets there, and raises
        TimeoutError if a result is not ready [timeout] seconds after
        this call. [chunksize] matters only to ProcessPoolExecutor.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _results_in_order(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources once its pending calls are done.

        Takes no more calls. With [wait], returns only when all pending
        calls have run; with [cancel_futures], cancels the calls that
        have not started.
        """
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
