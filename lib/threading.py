"""Thread objects and synchronisation primitives, with CPython's API.

Built on _thread: Lock is _thread.allocate_lock, RLock _thread.RLock,
local _thread._local; Condition, Semaphore, Event, Barrier and Timer are
written here on top of them. A Thread is joined through its sentinel
lock (_thread._set_sentinel), which the thread holds until its thread
state is gone; at exit the interpreter calls _shutdown() to join every
non-daemon thread.
"""

import _thread
import sys as _sys
from time import monotonic as _time
from collections import deque as _deque
from _thread import get_ident, get_native_id, stack_size, TIMEOUT_MAX

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
_daemon_threads_allowed = _thread.daemon_threads_allowed
ThreadError = _thread.error
Lock = _allocate_lock
_CRLock = _thread.RLock
local = _thread._local

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for every thread started from here on."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    """Set a trace function for every thread started from here on."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def RLock(*args, **kwargs):
    """A reentrant lock: the thread that holds it may acquire it again."""
    return _CRLock(*args, **kwargs)


def _deprecated(old, new):
    import warnings
    warnings.warn(f'{old}() is deprecated, {new} instead',
                  DeprecationWarning, stacklevel=3)


class Condition:
    """Wait until notified, with a lock (an RLock by default) held around
    the wait and the notification."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock saves and restores its recursion level across wait().
        try:
            self._release_save = lock._release_save
        except AttributeError:
            pass
        try:
            self._acquire_restore = lock._acquire_restore
        except AttributeError:
            pass
        try:
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        self._waiters = _deque()

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                # Timed out and is about to remove itself.
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll', 'use notify_all()')
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero, and
    release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:
    """A flag that threads can wait to become true."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet', 'use is_set()')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Make [parties] threads wait until all of them have called wait()."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


_counter = 0


def _newname(name_template):
    global _counter
    _counter += 1
    return name_template % _counter


# ident -> Thread for running threads; Thread -> Thread for starting ones.
_active_limbo_lock = RLock()
_active = {}
_limbo = {}

# The sentinels of non-daemon threads, which _shutdown() waits for.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()


def _maintain_shutdown_locks():
    done = [lock for lock in _shutdown_locks if not lock.locked()]
    _shutdown_locks.difference_update(done)


class Thread:
    """A thread of control: pass target (and args, kwargs), or subclass and
    override run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _daemon_threads_allowed():
                raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def _reset_internal_locks(self, is_alive):
        self._started._at_fork_reinit()
        if is_alive:
            if self._tstate_lock is not None:
                self._tstate_lock._at_fork_reinit()
                self._tstate_lock.acquire()
        else:
            self._is_stopped = True
            self._tstate_lock = None

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # sets _is_stopped when the thread has ended
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # No reference cycle through the target's arguments.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except:
            if self._daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        self._tstate_lock = _set_sentinel()
        self._tstate_lock.acquire()
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(self._tstate_lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            _thread._set_name(self._name)
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            # gilt has no sys.settrace/setprofile yet: the hooks are
            # kept (gettrace/getprofile) but cannot be installed.
            if _trace_hook and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _stop(self):
        lock = self._tstate_lock
        if lock is not None:
            assert not lock.locked()
        self._is_stopped = True
        self._tstate_lock = None
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()

    def _delete(self):
        with _active_limbo_lock:
            del _active[get_ident()]

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            assert self._is_stopped
            return
        # A wait interrupted by Ctrl-C raises without holding the lock.
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if self._ident is not None and not self._is_stopped:
            _thread._set_name(self._name, self._ident)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon', 'set the daemon attribute')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName', 'get the name attribute')
        return self.name

    def setName(self, name):
        _deprecated('setName', 'set the name attribute')
        self.name = name


try:
    from _thread import _ExceptHookArgs as ExceptHookArgs
except ImportError:
    class _Field:
        """A read-only structseq field: item [index] of the tuple."""

        __slots__ = ('index',)

        def __init__(self, index):
            self.index = index

        def __get__(self, obj, cls=None):
            return self if obj is None else obj[self.index]

        def __set__(self, obj, value):
            raise AttributeError("readonly attribute")

        def __delete__(self, obj):
            raise AttributeError("readonly attribute")

    class ExceptHookArgs(tuple):
        """CPython's _thread._ExceptHookArgs: a structseq made from one
        4-sequence (exc_type, exc_value, exc_traceback, thread)."""

        __slots__ = ()
        n_fields = n_sequence_fields = 4
        n_unnamed_fields = 0
        _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

        def __new__(cls, sequence):
            try:
                items = tuple(sequence)
            except TypeError:
                raise TypeError("constructor requires a sequence") from None
            if len(items) != 4:
                raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence"
                                f" ({len(items)}-sequence given)")
            return tuple.__new__(cls, items)

        exc_type = _Field(0)
        exc_value = _Field(1)
        exc_traceback = _Field(2)
        thread = _Field(3)

        def __repr__(self):
            fields = ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self))
            return f'_thread._ExceptHookArgs({fields})'

        def __reduce__(self):
            return (type(self), (tuple(self),))

    ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'
    ExceptHookArgs.__module__ = '_thread'
    del _Field


def excepthook(args, /):
    """Report an exception that escaped Thread.run() on stderr."""
    if args.exc_type == SystemExit:
        return
    if _sys is not None and _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            return
    else:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    from traceback import print_exception
    print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                    file=stderr)
    stderr.flush()


__excepthook__ = excepthook


def _make_invoke_excepthook():
    # Bind what the hook needs now: at shutdown module globals may be gone.
    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    if old_excepthook is None:
        raise RuntimeError("threading.excepthook is None")
    if old_sys_excepthook is None:
        raise RuntimeError("sys.excepthook is None")
    sys_exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        global excepthook
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook
            args = ExceptHookArgs([*sys_exc_info(), thread])
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            if local_sys is not None and local_sys.stderr is not None:
                stderr = local_sys.stderr
            else:
                stderr = thread._stderr
            local_print("Exception in threading.excepthook:",
                        file=stderr, flush=True)
            if local_sys is not None and local_sys.excepthook is not None:
                sys_excepthook = local_sys.excepthook
            else:
                sys_excepthook = old_sys_excepthook
            sys_excepthook(*sys_exc_info())
        finally:
            args = None

    return invoke_excepthook


class Timer(Thread):
    """Call function(*args, **kwargs) after interval seconds, unless
    cancel() came first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """A thread started by _thread directly: always alive, never joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"),
                        daemon=_daemon_threads_allowed())
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """The Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread', 'use current_thread()')
    return current_thread()


def active_count():
    """How many Thread objects are alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _deprecated('activeCount', 'use active_count()')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """The Thread objects alive now, the main thread and dummies included."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) at shutdown, before threads are joined."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


_main_thread = _MainThread()


def _shutdown():
    """Called by the interpreter at exit: wait for non-daemon threads."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    tlock = _main_thread._tstate_lock
    if tlock is not None and tlock.locked():
        tlock.release()
    _main_thread._stop()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


def main_thread():
    """The main Thread object: the thread the interpreter started in."""
    return _main_thread
