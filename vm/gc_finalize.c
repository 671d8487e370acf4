/* gc_finalize.c - Finalizers: __del__ methods and the closing of
 * abandoned generators and coroutines, for a collector without reference
 * counts.
 *
 * During a collection, after marking, every unmarked object that has a
 * finalizer and was never finalized is queued, flagged (FINAL_BIT: a
 * finalizer runs at most once, as PEP 442 says) and marked again with
 * everything it reaches, so all of it survives this collection. The queue
 * is a root. Finalizers cannot run inside the collection (it may start
 * anywhere C code reaches a safe point), so they run later, in queue
 * order, from the eval loop's next check (GILT_EB_FINALIZE), at the end of
 * gc.collect(), and at VM shutdown. A finalizer that raises is reported as
 * CPython reports it ("Exception ignored in: ..."). An object still
 * unreachable at a later collection is freed then; one the finalizer made
 * reachable again lives on, not finalized a second time.
 */
#include "gc_internal.h"

#include <stdlib.h>
#include <string.h>

#include "../runtime/dict.h"
#include "../runtime/gen.h"
#include "../runtime/list.h"
#include "../runtime/module.h"
#include "../runtime/str.h"
#include "../runtime/traceback.h"

static bool has_finalizer(GiltThread *ts, GiltObject *o) {
    GiltType *t = o->type;
    if (!t)
        return false;
    if (t->id == GILT_T_GENERATOR || t->id == GILT_T_COROUTINE)
        return ((GiltGen *)o)->state == GEN_SUSPENDED;
    if (!(t->flags & GILT_TF_HEAPTYPE))
        return false;
    return gilt_type_lookup(ts, t, GILT_NAME(ts, __del__)) != VAL_NULL;
}

static void enqueue(GiltVM *vm, GiltObject *o) {
    if (vm->nfinal == vm->final_cap) {
        size_t cap = vm->final_cap ? vm->final_cap * 2 : 64;
        Value *q = realloc(vm->final_q, cap * sizeof(Value));
        if (!q)
            return; // not finalized this time; tried again at the next one
        vm->final_q = q;
        vm->final_cap = cap;
    }
    o->gcword |= FINAL_BIT;
    vm->final_q[vm->nfinal++] = OBJ_VAL(o);
}

void gilt_gc_find_finalizable(GiltGC *gc, GiltThread *ts) {
    GiltVM *vm = gc->vm;
    size_t first = vm->nfinal;
    for (GiltObject *o = vm->heap; o; o = NEXT(o))
        if (!(o->gcword & (MARK_BIT | FINAL_BIT)) && has_finalizer(ts, o))
            enqueue(vm, o);
    if (vm->nfinal == first)
        return;
    // The heap list runs newest first: finalize in creation order, as
    // CPython's collector and its dict teardown mostly do.
    for (size_t i = first, j = vm->nfinal - 1; i < j; i++, j--) {
        Value t = vm->final_q[i];
        vm->final_q[i] = vm->final_q[j];
        vm->final_q[j] = t;
    }
    // Resurrect them and all they reach, until they have run.
    gilt_gc_mark_values(gc, vm->final_q + first, vm->nfinal - first);
    atomic_fetch_or(&vm->eval_breaker, GILT_EB_FINALIZE);
}

void gilt_gc_mark_finalizable(GiltGC *gc) {
    gilt_gc_mark_values(gc, gc->vm->final_q, gc->vm->nfinal);
}

static void finalize(GiltThread *ts, Value obj) {
    GiltObject *o = AS_OBJ(obj);
    bool gen = o->type->id == GILT_T_GENERATOR || o->type->id == GILT_T_COROUTINE;
    GiltStr *name = gen ? GILT_NAME(ts, close) : GILT_NAME(ts, __del__);
    if (gen && ((GiltGen *)o)->state != GEN_SUSPENDED)
        return;
    Value r = gilt_call_method(ts, obj, name, NULL, 0);
    if (r)
        return;
    if (gen) {
        gilt_exc_report_unraisable(ts, "Exception ignored in: ", obj);
        return;
    }
    Value fn = gilt_type_lookup(ts, o->type, name);
    gilt_gc_push_root(ts, fn);
    gilt_exc_report_unraisable(ts, "Exception ignored in: ", fn ? fn : obj);
    gilt_gc_pop_root(ts);
}

void gilt_gc_run_finalizers(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    atomic_fetch_and(&vm->eval_breaker, ~(uint32_t)GILT_EB_FINALIZE);
    if (vm->running_finalizers)
        return;
    vm->running_finalizers = true;
    // The exception being handled, if any, is the finalizer's context only.
    Value saved = ts->exc;
    gilt_gc_push_root(ts, saved);
    ts->exc = VAL_NULL;
    while (vm->nfinal) {
        Value obj = vm->final_q[0];
        vm->nfinal--;
        memmove(vm->final_q, vm->final_q + 1, vm->nfinal * sizeof(Value));
        gilt_gc_push_root(ts, obj);
        finalize(ts, obj);
        gilt_gc_pop_root(ts);
    }
    ts->exc = saved;
    gilt_gc_pop_root(ts);
    vm->running_finalizers = false;
}

// Set the main module's globals to None (all but __builtins__).
static void clear_main(GiltThread *ts, GiltDict *d) {
    GiltList *keys = gilt_list_new(ts, 0);
    if (!keys)
        return;
    gilt_gc_push_root(ts, OBJ_VAL(keys));
    size_t pos = 0;
    Value k, v;
    while (gilt_dict_next(d, &pos, &k, &v))
        if (GILT_IS(ts, k, STR) && strcmp(AS_STR(k)->data, "__builtins__") &&
            gilt_list_append(ts, keys, k) < 0)
            break;
    for (size_t i = 0; i < keys->len; i++)
        if (gilt_dict_set(ts, d, keys->items[i], VAL_NONE) < 0)
            break;
    gilt_exc_clear(ts);
    gilt_gc_pop_root(ts);
}

void gilt_gc_finalize_all(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    Value main = vm->main_module;
    if (main && GILT_IS(ts, main, MODULE)) {
        clear_main(ts, AS_MODULE(main)->dict);
        gilt_gc_collect(ts);
        gilt_gc_run_finalizers(ts);
    }
    // What is still alive with a finalizer (held by other modules or by
    // the runtime) is finalized too, as CPython does at its last
    // collections.
    for (GiltObject *o = vm->heap; o; o = NEXT(o))
        if (!(o->gcword & FINAL_BIT) && has_finalizer(ts, o))
            enqueue(vm, o);
    gilt_gc_run_finalizers(ts);
}
