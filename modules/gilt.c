/* gilt.c - The _gilt module: interpreter internals the Python-level
 * library needs and CPython exposes through frames and tracebacks
 * (sys._getframe, tb_frame), which gilt does not model as objects.
 *
 *   format_exception(exc)  the text the top level prints for exc
 *   tb_entries(tb)         [(filename, lineno, name, end_lineno, col,
 *                          end_col), ...] for a traceback chain
 *   stack(skip=0)          [(filename, lineno, name, globals), ...] of
 *                          the running Python frames, outermost first,
 *                          without the [skip] innermost
 */
#include "../runtime/dict.h"
#include "../runtime/int.h"
#include "../runtime/list.h"
#include "../runtime/str.h"
#include "../runtime/traceback.h"
#include "../runtime/tuple.h"
#include "../vm/code.h"
#include "../vm/frame.h"
#include "../vm/gc.h"
#include "modules.h"

static Value g_format_exception(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (!gilt_is_exception(ts, args[0]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "an exception instance is required, not %T",
                          args[0]);
    return gilt_exc_format(ts, args[0]);
}

static Value loc_tuple(GiltThread *ts, GiltCode *code, uint32_t lasti, Value extra) {
    GiltLoc loc = gilt_code_loc(code, lasti);
    if (extra)
        return gilt_tuple_pack(ts, 4, OBJ_VAL(code->filename), INT_VAL(loc.line),
                               OBJ_VAL(code->name), extra);
    Value col = loc.col < 0 ? VAL_NONE : INT_VAL(loc.col);
    Value end = loc.end_col < 0 ? VAL_NONE : INT_VAL(loc.end_col);
    return gilt_tuple_pack(ts, 6, OBJ_VAL(code->filename), INT_VAL(loc.line),
                           OBJ_VAL(code->name), INT_VAL(loc.end_line), col, end);
}

static Value g_tb_entries(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltList *l = gilt_list_new(ts, 0);
    if (!l)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(l));
    for (Value tb = args[0]; GILT_IS(ts, tb, TRACEBACK);
         tb = ((GiltTraceback *)AS_OBJ(tb))->next) {
        GiltTraceback *t = (GiltTraceback *)AS_OBJ(tb);
        Value e = loc_tuple(ts, t->code, t->lasti, VAL_NULL);
        if (!e || gilt_list_append(ts, l, e) < 0)
            return VAL_NULL;
    }
    return OBJ_VAL(l);
}

static Value g_stack(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t skip = 0;
    if (nargs > 0 && gilt_index(ts, args[0], &skip) < 0)
        return VAL_NULL;
    GiltList *l = gilt_list_new(ts, 0);
    if (!l)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(l));
    for (GiltFrame *f = ts->frame; f; f = f->prev) {
        if (skip > 0) {
            skip--;
            continue;
        }
        uint32_t lasti = f->ip > f->code->code ? (uint32_t)(f->ip - f->code->code) - 1 : 0;
        Value e = loc_tuple(ts, f->code, lasti, OBJ_VAL(f->globals));
        if (!e || gilt_list_append(ts, l, e) < 0)
            return VAL_NULL;
    }
    // Collected innermost first; callers want CPython's outermost first.
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return OBJ_VAL(l);
}

static const GiltMethodDef gilt_functions[] = {
    {"format_exception", g_format_exception, 1, 1, 0},
    {"tb_entries", g_tb_entries, 1, 1, 0},
    {"stack", g_stack, 0, 1, 0},
    {NULL}};

const GiltModuleDef gilt_module_gilt = {
    .name = "_gilt",
    .doc = "gilt interpreter internals for the standard library.",
    .functions = gilt_functions,
};
