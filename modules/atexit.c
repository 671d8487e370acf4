/* atexit.c - The atexit module: functions to call when the interpreter
 * exits. gilt_vm_free calls gilt_atexit_run, which runs them last
 * registered first if the module was ever imported.
 *
 * The registrations live in the module's dict under "_callbacks" (a list
 * of (func, args, kwargs) tuples), so they are GC roots through
 * sys.modules and need no VM field.
 */
#include "atexit.h"

#include <string.h>

#include "../runtime/dict.h"
#include "../runtime/list.h"
#include "../runtime/str.h"
#include "../runtime/traceback.h"
#include "../runtime/tuple.h"
#include "../vm/gc.h"
#include "modules.h"

static GiltList *callbacks(GiltThread *ts, Value module) {
    Value l = gilt_module_get(ts, module, "_callbacks");
    return l && GILT_IS(ts, l, LIST) ? AS_LIST(l) : NULL;
}

static GiltList *my_callbacks(GiltThread *ts) {
    Value m = gilt_dict_get_str(ts, AS_DICT(ts->vm->modules),
                                gilt_str_intern_cstr(ts, "atexit"));
    GiltList *l = m ? callbacks(ts, m) : NULL;
    if (!l)
        gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "atexit module state is missing");
    return l;
}

static Value ae_register(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (nargs < 1)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "register() takes at least 1 argument (0 given)");
    if (!gilt_callable(ts, args[0]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "the first argument must be callable");
    GiltList *l = my_callbacks(ts);
    if (!l)
        return VAL_NULL;
    GiltTuple *pos = gilt_tuple_from(ts, args + 1, (size_t)nargs - 1);
    if (!pos)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(pos));
    GiltDict *kwargs = gilt_dict_new(ts);
    if (!kwargs)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(kwargs));
    for (size_t i = 0; kw && i < kw->len; i++)
        if (gilt_dict_set(ts, kwargs, kw->items[i], args[nargs + i]) < 0)
            return VAL_NULL;
    Value entry = gilt_tuple_pack(ts, 3, args[0], OBJ_VAL(pos), OBJ_VAL(kwargs));
    if (!entry || gilt_list_append(ts, l, entry) < 0)
        return VAL_NULL;
    return args[0];
}

static Value ae_unregister(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltList *l = my_callbacks(ts);
    if (!l)
        return VAL_NULL;
    for (size_t i = l->len; i-- > 0;) {
        if (i >= l->len)
            continue;
        int eq = gilt_eq(ts, AS_TUPLE(l->items[i])->items[0], args[0]);
        if (eq < 0)
            return VAL_NULL;
        if (eq) {
            memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Value));
            l->len--;
        }
    }
    return VAL_NONE;
}

static Value ae_clear(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltList *l = my_callbacks(ts);
    if (!l)
        return VAL_NULL;
    l->len = 0;
    return VAL_NONE;
}

static Value ae_ncallbacks(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltList *l = my_callbacks(ts);
    return l ? INT_VAL((int64_t)l->len) : VAL_NULL;
}

static Value ae_run_exitfuncs(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltList *l = my_callbacks(ts);
    if (!l)
        return VAL_NULL;
    while (l->len) {
        Value entry = l->items[--l->len];
        gilt_gc_push_root(ts, entry);
        GiltTuple *e = AS_TUPLE(entry);
        Value kwargs = AS_DICT(e->items[2])->len ? e->items[2] : VAL_NULL;
        if (!gilt_call_tuple(ts, e->items[0], e->items[1], kwargs))
            gilt_exc_report_unraisable(ts, "Exception ignored in atexit callback: ", e->items[0]);
        gilt_gc_pop_root(ts);
    }
    return VAL_NONE;
}

void gilt_atexit_run(GiltThread *ts) {
    Value m = gilt_dict_get_str(ts, AS_DICT(ts->vm->modules),
                                gilt_str_intern_cstr(ts, "atexit"));
    if (!m || !callbacks(ts, m))
        return;
    Value saved = gilt_exc_fetch(ts);
    size_t mark = gilt_gc_roots_mark(ts);
    if (saved)
        gilt_gc_push_root(ts, saved);
    if (!ae_run_exitfuncs(ts, NULL, 0, NULL))
        gilt_exc_clear(ts);
    gilt_gc_roots_restore(ts, mark);
    gilt_exc_restore(ts, saved);
}

static int atexit_init(GiltThread *ts, Value m) {
    GiltList *l = gilt_list_new(ts, 0);
    return l ? gilt_module_add(ts, m, "_callbacks", OBJ_VAL(l)) : -1;
}

static const GiltMethodDef atexit_functions[] = {
    {"register", ae_register, 0, -1, GILT_M_KW},
    {"unregister", ae_unregister, 1, 1, 0},
    {"_clear", ae_clear, 0, 0, 0},
    {"_ncallbacks", ae_ncallbacks, 0, 0, 0},
    {"_run_exitfuncs", ae_run_exitfuncs, 0, 0, 0},
    {NULL}};

const GiltModuleDef gilt_module_atexit = {
    .name = "atexit",
    .doc = "allow programmer to define multiple exit functions to be executed\n"
           "upon normal program termination.",
    .functions = atexit_functions,
    .init = atexit_init,
};
