"""gil - watch and steer gilt's global interpreter lock.

    import gil
    gil.policy()                 # 'ticks', 'interval' or 'legacy'
    gil.set_policy('interval')   # CPython 3.2+'s switching; resets the
                                 # check interval to that policy's default
    gil.reset_stats()
    ...                          # run some threads
    s = gil.stats()              # counters per thread and in total
    gil.print_stats()            # the same as a table (gilt --gil-stats)
    with gil.trace('run.json'):  # every GIL event, as Chrome trace JSON:
        ...                      # open it in https://ui.perfetto.dev

Per-thread counters: acquisitions; forced_switches (the thread gave the
GIL up at a check because another thread asked for it); voluntary_switches
(it released the GIL to block: I/O, sleep, a lock or queue wait); held and
waited (seconds holding it and waiting for it); longest_wait (seconds).
stats()['switches'] counts the times the GIL went from one thread to
another.

The policies:
  ticks     (default) a CPU-bound thread runs sys.getcheckinterval() ticks
            (bytecode instructions) and then hands the GIL to the next
            waiter; a thread back from a blocking call is served at the
            holder's next check, so I/O stays responsive next to CPU work.
  interval  CPython 3.2+: a waiter that waited sys.getswitchinterval()
            seconds asks the holder to drop the GIL. A thread back from I/O
            waits like the others: the convoy effect.
  legacy    Python 2: every check interval (100 ticks) the holder releases
            the GIL and at once takes it again, without handing it over;
            CPU-bound threads on several cores thrash.
"""

import sys as _sys
from _gil import (stats, format_stats, reset_stats, policy, set_policy,
                  trace_start as _trace_start, trace_stop as _trace_stop)

__all__ = ['stats', 'format_stats', 'print_stats', 'reset_stats', 'policy',
           'set_policy', 'trace']


def print_stats(file=None):
    """Print the statistics table (to sys.stderr by default)."""
    print(format_stats(), end='', file=_sys.stderr if file is None else file)


class trace:
    """Record every GIL event while the block runs and write them to
    [path] as Chrome trace-event JSON: one track per thread, showing when
    it ran, waited for the GIL and was blocked."""

    def __init__(self, path):
        self.path = path

    def __enter__(self):
        _trace_start()
        return self

    def __exit__(self, *exc):
        _trace_stop(self.path)
        return False

    def __repr__(self):
        return f"gil.trace({self.path!r})"
