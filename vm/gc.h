/* gc.h - Allocation and the tracing garbage collector.
 *
 * Precise, non-moving mark-sweep. Every heap object is linked into the VM's
 * heap list; marking is iterative (a gray stack, no C recursion); sweeping
 * walks the list and frees unmarked objects after calling their type's
 * free hook.
 *
 * THE ROOTING RULE (the only one):
 *
 *   A collection happens only at a safe point:
 *     - the eval loop's periodic check (every check interval ticks),
 *     - a call from C into Python code (gilt_call of a Python function and
 *       everything that can reach one: getattr, repr, hash, compare,
 *       iteration, ... on values of unknown type),
 *     - a GIL release (another thread may collect meanwhile),
 *     - gc.collect() and gilt_gc_collect().
 *   Between safe points C code may keep objects in plain C variables.
 *   Across a safe point, an object must be reachable from a root:
 *     - the arguments of a native function are (they sit on the caller's
 *       rooted stack), and so is anything reachable from them;
 *     - anything else is pushed with gilt_gc_push_root(). Roots a native
 *       function pushes are dropped automatically when it returns to the
 *       eval loop; other C code brackets them with gilt_gc_roots_mark() /
 *       gilt_gc_roots_restore().
 *
 * Roots: every thread's frames (function, globals, locals, value stack)
 * and temporary roots, its exception in flight and handled exception; the
 * VM's types, modules, names and singletons; host handles (gilt.h).
 * Interned strings and the list of classes are weak.
 *
 * GILT_DEBUG_STRESS_GC collects at every safe point, so a missing root
 * shows up as a use-after-free under `make check`.
 */
#ifndef GILT_GC_H
#define GILT_GC_H

#include "state.h"

struct GiltGC {
    GiltVM *vm;
};

// The one allocation function: (re)allocates [ptr] from [old] to [size]
// bytes, frees when [size] is 0, and accounts the heap. On failure
// (malloc failing or the VM's memory limit) returns NULL with MemoryError
// raised on [ts]. New bytes are not zeroed.
void *gilt_mem_realloc(GiltThread *ts, void *ptr, size_t old, size_t size);
void *gilt_mem_alloc(GiltThread *ts, size_t size);   // zeroed
void gilt_mem_free(GiltVM *vm, void *ptr, size_t size);
// Byte count n * size, or SIZE_MAX when it overflows (which any
// allocation then refuses with MemoryError).
size_t gilt_mem_size(size_t n, size_t size);

// A new zeroed object of [size] bytes (at least sizeof(GiltObject)) and
// type [type], linked into the heap. NULL with MemoryError on failure.
// Never collects (see the rooting rule).
void *gilt_gc_alloc(GiltThread *ts, GiltType *type, size_t size);

// Marking, for GiltType.trace hooks.
void gilt_gc_mark(GiltGC *gc, Value v);
void gilt_gc_mark_obj(GiltGC *gc, GiltObject *o); // NULL is ignored
void gilt_gc_mark_values(GiltGC *gc, const Value *v, size_t n);
bool gilt_gc_is_marked(GiltObject *o);

// Temporary roots (see the rule above).
void gilt_gc_push_root(GiltThread *ts, Value v);
void gilt_gc_pop_root(GiltThread *ts);
GILT_INLINE size_t gilt_gc_roots_mark(GiltThread *ts) {
    return ts->nroots;
}
GILT_INLINE void gilt_gc_roots_restore(GiltThread *ts, size_t mark) {
    ts->nroots = mark;
}

// Collect now. Must be called at a safe point with the GIL held.
void gilt_gc_collect(GiltThread *ts);
// Collect if the heap passed its threshold (or always under stress).
void gilt_gc_safepoint(GiltThread *ts);
// Run the finalizers (__del__, closing abandoned generators) queued by
// collections; a safe point. The eval loop does at its next check.
void gilt_gc_run_finalizers(GiltThread *ts);
// At VM shutdown: clear the main module as CPython does, collect, and
// finalize every object left that has a finalizer.
void gilt_gc_finalize_all(GiltThread *ts);
// Free every object (VM teardown).
void gilt_gc_free_all(GiltVM *vm);

#endif
