/* check.c - The eval breaker's work, done at a tick-count check in the
 * eval loop (and by blocking calls woken by a signal): a requested
 * collection, Ctrl-C as KeyboardInterrupt in the main thread.
 */
#include "gc.h"
#include "interp.h"

int gilt_eval_check(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    if (GILT_DEBUG_STRESS_GC && vm->gc_enabled)
        gilt_gc_collect(ts);
    uint32_t eb = atomic_load_explicit(&vm->eval_breaker, memory_order_relaxed);
    if (GILT_LIKELY(!eb))
        return 0;
    if (eb & GILT_EB_GC) {
        if (vm->gc_enabled)
            gilt_gc_collect(ts);
        else
            atomic_fetch_and(&vm->eval_breaker, ~(uint32_t)GILT_EB_GC);
    }
    if ((eb & GILT_EB_SIGNAL) && ts->is_main) {
        atomic_fetch_and(&vm->eval_breaker, ~(uint32_t)GILT_EB_SIGNAL);
        gilt_raise_value(ts, GILT_EXC_KEYBOARD_INTERRUPT, VAL_NULL);
        return -1;
    }
    return 0;
}
