/* gcmodule.c - The gc module: control of the collector. */
#include "../runtime/int.h"
#include "../runtime/module.h"
#include "../vm/gc.h"
#include "modules.h"

static size_t count_objects(GiltVM *vm) {
    size_t n = 0;
    for (GiltObject *o = vm->heap; o;
         o = (GiltObject *)(o->gcword & (uintptr_t)0x0000FFFFFFFFFFF0))
        n++;
    return n;
}

static Value gc_collect(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    size_t before = count_objects(ts->vm);
    gilt_gc_collect(ts);
    size_t after = count_objects(ts->vm);
    // As in CPython, the finalizers of what was found run before
    // collect() returns; what they leave unreachable goes next time.
    gilt_gc_run_finalizers(ts);
    return gilt_int_from_i64(ts, (int64_t)(before > after ? before - after : 0));
}

static Value gc_enable(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    ts->vm->gc_enabled = true;
    return VAL_NONE;
}

static Value gc_disable(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    ts->vm->gc_enabled = false;
    return VAL_NONE;
}

static Value gc_isenabled(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return BOOL_VAL(ts->vm->gc_enabled);
}

static const GiltMethodDef gc_functions[] = {
    {"collect", gc_collect, 0, 1, 0},
    {"enable", gc_enable, 0, 0, 0},
    {"disable", gc_disable, 0, 0, 0},
    {"isenabled", gc_isenabled, 0, 0, 0},
    {NULL}};

const GiltModuleDef gilt_module_gc = {
    .name = "gc",
    .doc = "Control of the tracing garbage collector.",
    .functions = gc_functions,
};
