"""ProcessPoolExecutor, left out until gilt has multiprocessing.

The class exists so that imports and isinstance checks work, but making
one raises NotImplementedError rather than silently running the calls
some other way.
"""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process pool's worker died: the pool is unusable."""


class ProcessPoolExecutor(_base.Executor):
    """An Executor running calls in worker processes (not in gilt yet)."""

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError("ProcessPoolExecutor needs "
                                  "multiprocessing, which gilt does not "
                                  "have yet")
