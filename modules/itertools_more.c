/* itertools_more.c - The stateful itertools: islice, groupby (with its
 * _grouper sub-iterators) and tee.
 *
 * tee buffers the source in linked blocks of TEE_CELLS values shared by
 * all the copies; each copy holds its block and an index in it, so a
 * block nobody points at any more is garbage and the buffer only spans
 * the distance between the slowest and the fastest copy.
 */
#include <string.h>

#include "../runtime/func.h"
#include "../runtime/int.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "../vm/gc.h"
#include "itertools.h"

// ---- islice ---------------------------------------------------------------------------

typedef struct {
    GiltObject obj;
    Value it; // VAL_NULL once exhausted
    int64_t next, stop, step, cnt; // stop -1: none
} ISlice;

// An islice index: None (*out = dflt) or an int 0 <= x <= sys.maxsize.
static int slice_arg(GiltThread *ts, Value v, int64_t dflt, int64_t *out,
                     const char *what) {
    if (v == VAL_NONE) {
        *out = dflt;
        return 0;
    }
    if (IS_INT(v) && AS_INT(v) >= 0) {
        *out = AS_INT(v);
        return 0;
    }
    if (!IS_FLOAT(v) && gilt_typeof(ts, v) != GILT_TYPE(ts, STR)) {
        Value i = gilt_index_value(ts, v);
        if (i && gilt_int_to_i64(ts, i, out) == 0 && *out >= 0)
            return 0;
        gilt_exc_clear(ts);
    }
    gilt_raise(ts, GILT_EXC_VALUE_ERROR,
               "%s for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
               what);
    return -1;
}

static Value islice_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (gilt_itertools_nokw(ts, "islice", kw) < 0 ||
        gilt_itertools_nargs(ts, "islice", nargs - 1, 2, 4) < 0)
        return VAL_NULL;
    int64_t start = 0, stop = -1, step = 1;
    if (nargs == 3) {
        if (slice_arg(ts, args[2], -1, &stop, "Stop argument") < 0)
            return VAL_NULL;
    } else {
        if (slice_arg(ts, args[2], 0, &start, "Indices") < 0 ||
            slice_arg(ts, args[3], -1, &stop, "Stop argument") < 0)
            return VAL_NULL;
        if (nargs == 5) {
            Value s = args[4];
            if (s != VAL_NONE && (!IS_INT(s) || AS_INT(s) <= 0)) {
                int64_t v = 0;
                if (IS_FLOAT(s) || !gilt_is_int(ts, s) || gilt_index(ts, s, &v) < 0 ||
                    v <= 0) {
                    gilt_exc_clear(ts);
                    return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                                      "Step for islice() must be a positive integer or None.");
                }
                step = v;
            } else if (s != VAL_NONE) {
                step = AS_INT(s);
            }
        }
    }
    Value it = gilt_iter(ts, args[1]);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    ISlice *s = gilt_alloc_instance(ts, AS_TYPE(args[0]), sizeof(ISlice));
    if (!s)
        return VAL_NULL;
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return OBJ_VAL(s);
}

static Value islice_next(GiltThread *ts, Value self) {
    ISlice *s = (ISlice *)AS_OBJ(self);
    if (!s->it)
        return VAL_NULL;
    while (s->cnt < s->next) {
        Value skip = gilt_next(ts, s->it);
        if (!skip)
            goto empty;
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop)
        goto empty;
    Value v = gilt_next(ts, s->it);
    if (!v)
        goto empty;
    s->cnt++;
    int64_t old = s->next;
    s->next += s->step;
    if (s->next < old || (s->stop != -1 && s->next > s->stop))
        s->next = s->stop;
    return v;
empty:
    if (!ts->exc)
        s->it = VAL_NULL;
    return VAL_NULL;
}

static void islice_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((ISlice *)o)->it);
}

// ---- groupby ---------------------------------------------------------------------------

typedef struct {
    GiltObject obj;
    Value it, keyfunc;
    Value tgtkey, currkey, currvalue; // VAL_NULL when unset
    Value currgrouper; // the group iterator allowed to advance, or VAL_NULL
} GroupBy;

typedef struct {
    GiltObject obj;
    Value parent; // the groupby
    Value tgtkey;
} Grouper;

static Value groupby_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"iterable", "key", NULL};
    Value a[2];
    if (nargs - 1 > 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "groupby() takes at most 2 arguments (%d given)", nargs - 1);
    if (gilt_itertools_required(ts, "groupby", nargs - 1, kw, names, 1) < 0 ||
        gilt_parse_args(ts, "groupby", args + 1, nargs - 1, kw, names, 1, a) < 0)
        return VAL_NULL;
    Value it = gilt_iter(ts, a[0]);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    GroupBy *g = gilt_alloc_instance(ts, AS_TYPE(args[0]), sizeof(GroupBy));
    if (!g)
        return VAL_NULL;
    g->it = it;
    g->keyfunc = a[1] ? a[1] : VAL_NONE;
    return OBJ_VAL(g);
}

// Read the next value and its key: 0, or -1 at the end (or on error).
static int groupby_step(GiltThread *ts, GroupBy *g) {
    Value v = gilt_next(ts, g->it);
    if (!v)
        return -1;
    Value key = v;
    if (g->keyfunc != VAL_NONE) {
        gilt_gc_push_root(ts, v);
        key = gilt_call1(ts, g->keyfunc, v);
        gilt_gc_pop_root(ts);
        if (!key)
            return -1;
    }
    g->currvalue = v;
    g->currkey = key;
    return 0;
}

static Value groupby_next(GiltThread *ts, Value self) {
    GroupBy *g = (GroupBy *)AS_OBJ(self);
    g->currgrouper = VAL_NULL;
    // Skip what is left of the current group.
    for (;;) {
        if (g->currkey) {
            if (!g->tgtkey)
                break;
            int eq = gilt_eq(ts, g->tgtkey, g->currkey);
            if (eq < 0)
                return VAL_NULL;
            if (!eq)
                break;
        }
        if (groupby_step(ts, g) < 0)
            return VAL_NULL;
    }
    g->tgtkey = g->currkey;
    GiltType *t = gilt_itertools_type(ts, "_grouper");
    Grouper *gr = t ? gilt_gc_alloc(ts, t, sizeof(Grouper)) : NULL;
    if (!gr)
        return VAL_NULL;
    gr->parent = self;
    gr->tgtkey = g->tgtkey;
    g->currgrouper = OBJ_VAL(gr);
    return gilt_tuple_pack(ts, 2, g->currkey, OBJ_VAL(gr));
}

static Value grouper_next(GiltThread *ts, Value self) {
    Grouper *gr = (Grouper *)AS_OBJ(self);
    GroupBy *g = (GroupBy *)AS_OBJ(gr->parent);
    if (g->currgrouper != self)
        return VAL_NULL;
    if (!g->currvalue && groupby_step(ts, g) < 0)
        return VAL_NULL;
    int eq = gilt_eq(ts, gr->tgtkey, g->currkey);
    if (eq <= 0)
        return VAL_NULL;
    Value v = g->currvalue;
    g->currvalue = VAL_NULL;
    return v;
}

static void groupby_trace(GiltGC *gc, GiltObject *o) {
    GroupBy *g = (GroupBy *)o;
    Value vs[6] = {g->it, g->keyfunc, g->tgtkey, g->currkey, g->currvalue,
                   g->currgrouper};
    gilt_gc_mark_values(gc, vs, 6);
}

static void grouper_trace(GiltGC *gc, GiltObject *o) {
    Grouper *g = (Grouper *)o;
    gilt_gc_mark(gc, g->parent);
    gilt_gc_mark(gc, g->tgtkey);
}

// ---- tee ------------------------------------------------------------------------------

#define TEE_CELLS 57

typedef struct TeeData {
    GiltObject obj;
    Value it;
    struct TeeData *nextlink;
    int numread;
    bool running;
    Value values[TEE_CELLS];
} TeeData;

typedef struct {
    GiltObject obj;
    TeeData *data;
    int index;
} Tee;

static TeeData *teedata_new(GiltThread *ts, Value it) {
    GiltType *t = gilt_itertools_type(ts, "_tee_dataobject");
    TeeData *d = t ? gilt_gc_alloc(ts, t, sizeof(TeeData)) : NULL;
    if (d)
        d->it = it;
    return d;
}

static Value tee_make(GiltThread *ts, GiltType *type, TeeData *data, int index) {
    Tee *t = gilt_gc_alloc(ts, type, sizeof(Tee));
    if (!t)
        return VAL_NULL;
    t->data = data;
    t->index = index;
    return OBJ_VAL(t);
}

// A new tee over [iterable], or a copy when it already is one.
static Value tee_from(GiltThread *ts, GiltType *type, Value iterable) {
    Value it = gilt_iter(ts, iterable);
    if (!it)
        return VAL_NULL;
    if (IS_OBJ(it) && AS_OBJ(it)->type == type) {
        Tee *src = (Tee *)AS_OBJ(it);
        return tee_make(ts, type, src->data, src->index);
    }
    gilt_gc_push_root(ts, it);
    TeeData *d = teedata_new(ts, it);
    Value r = d ? tee_make(ts, type, d, 0) : VAL_NULL;
    gilt_gc_pop_root(ts);
    return r;
}

static Value tee_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (gilt_itertools_nokw(ts, "_tee", kw) < 0 ||
        gilt_itertools_nargs(ts, "_tee", nargs - 1, 1, 1) < 0)
        return VAL_NULL;
    return tee_from(ts, AS_TYPE(args[0]), args[1]);
}

static Value tee_next(GiltThread *ts, Value self) {
    Tee *t = (Tee *)AS_OBJ(self);
    if (t->index >= TEE_CELLS) {
        if (!t->data->nextlink && !(t->data->nextlink = teedata_new(ts, t->data->it)))
            return VAL_NULL;
        t->data = t->data->nextlink;
        t->index = 0;
    }
    TeeData *d = t->data;
    if (t->index < d->numread)
        return d->values[t->index++];
    if (d->running)
        return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "cannot re-enter the tee iterator");
    d->running = true;
    Value v = gilt_next(ts, d->it);
    d->running = false;
    if (!v)
        return VAL_NULL;
    d->values[d->numread++] = v;
    t->index++;
    return v;
}

static Value tee_copy(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Tee *t = (Tee *)AS_OBJ(args[0]);
    return tee_make(ts, AS_OBJ(args[0])->type, t->data, t->index);
}

static Value it_tee(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t n = 2;
    if (gilt_itertools_nargs(ts, "tee", nargs, 1, 2) < 0 ||
        (nargs > 1 && gilt_index(ts, args[1], &n) < 0))
        return VAL_NULL;
    if (n < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "n must be >= 0");
    GiltTuple *r = gilt_tuple_new(ts, (size_t)n);
    GiltType *type = gilt_itertools_type(ts, "_tee");
    if (!r || !type || n == 0)
        return r && type ? OBJ_VAL(r) : VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(r));
    if (!(r->items[0] = tee_from(ts, type, args[0])))
        return VAL_NULL;
    Tee *first = (Tee *)AS_OBJ(r->items[0]);
    for (int64_t i = 1; i < n; i++)
        if (!(r->items[i] = tee_make(ts, type, first->data, first->index)))
            return VAL_NULL;
    return OBJ_VAL(r);
}

static void teedata_trace(GiltGC *gc, GiltObject *o) {
    TeeData *d = (TeeData *)o;
    gilt_gc_mark(gc, d->it);
    gilt_gc_mark_obj(gc, (GiltObject *)d->nextlink);
    gilt_gc_mark_values(gc, d->values, (size_t)d->numread);
}

static void tee_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark_obj(gc, (GiltObject *)((Tee *)o)->data);
}

// ---- types -----------------------------------------------------------------------------

static const GiltMethodDef islice_methods[] = {
    {"__new__", islice_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {NULL}};

static const GiltMethodDef groupby_methods[] = {
    {"__new__", groupby_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {NULL}};

static const GiltMethodDef iter_only_methods[] = {
    {"__iter__", gilt_iter_self, 0, 0, 0}, {NULL}};

static const GiltMethodDef tee_methods[] = {
    {"__new__", tee_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__copy__", tee_copy, 0, 0, 0},
    {NULL}};

static const GiltTypeSpec more_specs[] = {
    {.name = "islice", .module = "itertools", .basicsize = sizeof(ISlice),
     .flags = GILT_TF_BASETYPE, .methods = islice_methods, .iternext = islice_next,
     .trace = islice_trace},
    {.name = "groupby", .module = "itertools", .basicsize = sizeof(GroupBy),
     .flags = GILT_TF_BASETYPE, .methods = groupby_methods, .iternext = groupby_next,
     .trace = groupby_trace},
    {.name = "_grouper", .module = "itertools", .basicsize = sizeof(Grouper),
     .methods = iter_only_methods, .iternext = grouper_next, .trace = grouper_trace},
    {.name = "_tee", .module = "itertools", .basicsize = sizeof(Tee),
     .methods = tee_methods, .iternext = tee_next, .trace = tee_trace},
    {.name = "_tee_dataobject", .module = "itertools", .basicsize = sizeof(TeeData),
     .trace = teedata_trace},
    {.name = NULL}};

static const GiltMethodDef tee_def = {"tee", it_tee, 0, -1, 0};

int gilt_itertools_more_init(GiltThread *ts, Value module) {
    if (gilt_itertools_add_types(ts, module, more_specs) < 0)
        return -1;
    Value fn = gilt_native_new(ts, &tee_def, VAL_NULL, AS_MODULE(module)->name);
    return fn ? gilt_module_add(ts, module, "tee", fn) : -1;
}
