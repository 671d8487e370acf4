/* check.c - The eval breaker's work, done at a tick-count check in the
 * eval loop (and by blocking calls woken by a signal): a GIL drop request,
 * a requested collection, Ctrl-C as KeyboardInterrupt in the main thread.
 */
#include "gc.h"
#include "gil.h"
#include "interp.h"

int gilt_eval_check(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    if (GILT_DEBUG_STRESS_GC && vm->gc_enabled)
        gilt_gc_collect(ts);
    ts->run_ticks += vm->poll_ticks;
    uint32_t eb = atomic_load_explicit(&vm->eval_breaker, memory_order_relaxed);
    if (GILT_LIKELY(!eb))
        return 0;
    // `ticks` hands over to a CPU-bound waiter after a whole check
    // interval, to a thread back from I/O at once; the other policies at
    // once (the request is the policy's).
    if ((eb & GILT_EB_GIL_DROP) &&
        (vm->gil.policy != GILT_GIL_TICKS || ts->run_ticks >= vm->check_interval ||
         atomic_load_explicit(&vm->gil.npriority, memory_order_relaxed)))
        gilt_gil_yield(ts);
    if (eb & GILT_EB_GC) {
        if (vm->gc_enabled)
            gilt_gc_collect(ts);
        else
            atomic_fetch_and(&vm->eval_breaker, ~(uint32_t)GILT_EB_GC);
    }
    if (eb & GILT_EB_FINALIZE) {
        gilt_gc_run_finalizers(ts);
        if (ts->exc)
            return -1; // KeyboardInterrupt while a finalizer ran
    }
    if (eb & GILT_EB_SIGNAL) {
        if (!ts->is_main) {
            // The handler runs in the main thread: let it have the GIL.
            gilt_gil_yield_to_main(ts);
            return 0;
        }
        atomic_fetch_and(&vm->eval_breaker, ~(uint32_t)GILT_EB_SIGNAL);
        gilt_raise_value(ts, GILT_EXC_KEYBOARD_INTERRUPT, VAL_NULL);
        return -1;
    }
    return 0;
}
