/* itertools.c - The itertools module and its simple iterators: count,
 * cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
 * filterfalse, starmap, pairwise, zip_longest.
 *
 * Every iterator is a builtin type whose iternext hook does the work, so
 * a for loop over one costs a C call per item. Hooks keep the values they
 * hold across calls into Python rooted with gilt_gc_roots_mark/restore.
 */
#include <string.h>

#include "../runtime/dict.h"
#include "../runtime/int.h"
#include "../runtime/list.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "../vm/gc.h"
#include "itertools.h"
#include "modules.h"

// ---- shared helpers --------------------------------------------------------------

int gilt_itertools_nargs(GiltThread *ts, const char *name, int nargs, int min,
                         int max) {
    if (nargs >= min && (max < 0 || nargs <= max))
        return 0;
    const char *how = min == max ? "" : nargs < min ? "at least " : "at most ";
    int n = nargs < min ? min : max;
    gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%s expected %s%d argument%s, got %d", name,
               how, n, n == 1 ? "" : "s", nargs);
    return -1;
}

int gilt_itertools_nokw(GiltThread *ts, const char *name, GiltTuple *kwnames) {
    if (!kwnames || kwnames->len == 0)
        return 0;
    gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%s() takes no keyword arguments", name);
    return -1;
}

int gilt_itertools_required(GiltThread *ts, const char *fname, int nargs,
                            GiltTuple *kwnames, const char *const *names, int min) {
    for (int i = nargs; i < min; i++) {
        bool given = false;
        for (size_t k = 0; kwnames && k < kwnames->len; k++)
            given |= gilt_str_eq_cstr(AS_STR(kwnames->items[k]), names[i]);
        if (!given) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "%s() missing required argument '%s' (pos %d)", fname,
                       names[i], i + 1);
            return -1;
        }
    }
    return 0;
}

GiltType *gilt_itertools_type(GiltThread *ts, const char *name) {
    Value m = gilt_dict_get_str(ts, AS_DICT(ts->vm->modules),
                                gilt_str_intern_cstr(ts, "itertools"));
    Value t = m ? gilt_dict_get_str(ts, AS_MODULE(m)->dict, gilt_str_intern_cstr(ts, name))
                : VAL_NULL;
    if (t && gilt_is_type(t))
        return AS_TYPE(t);
    gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "itertools.%s is missing", name);
    return NULL;
}

int gilt_itertools_add_types(GiltThread *ts, Value module, const GiltTypeSpec *specs) {
    GiltStr *modname = gilt_str_intern_cstr(ts, "itertools");
    for (const GiltTypeSpec *s = specs; s->name; s++) {
        GiltType *t = gilt_type_from_spec(ts, s, GILT_T__COUNT);
        if (!t || !modname ||
            gilt_dict_set_str(ts, t->dict, GILT_NAME(ts, __module__), OBJ_VAL(modname)) < 0 ||
            gilt_dict_set_str(ts, AS_MODULE(module)->dict, t->name, OBJ_VAL(t)) < 0)
            return -1;
    }
    return 0;
}

// An object of class [cls] with [size] bytes, or NULL.
static void *alloc(GiltThread *ts, Value cls, size_t size) {
    return gilt_alloc_instance(ts, AS_TYPE(cls), size);
}

// ---- count ----------------------------------------------------------------------------

typedef struct {
    GiltObject obj;
    Value cnt, step;
} Count;

static bool is_number(GiltThread *ts, Value v) {
    if (IS_INT(v) || IS_FLOAT(v) || IS_BOOL(v) || gilt_is_int(ts, v))
        return true;
    GiltType *t = gilt_typeof(ts, v);
    static const char *const dunders[] = {"__index__", "__int__", "__float__",
                                          "__complex__"};
    for (int i = 0; i < 4; i++)
        if (gilt_type_lookup(ts, t, gilt_str_intern_cstr(ts, dunders[i])))
            return true;
    return false;
}

static Value count_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"start", "step", NULL};
    Value a[2];
    if (gilt_parse_args(ts, "count", args + 1, nargs - 1, kw, names, 0, a) < 0)
        return VAL_NULL;
    Value start = a[0] ? a[0] : INT_VAL(0), step = a[1] ? a[1] : INT_VAL(1);
    if (!is_number(ts, start) || !is_number(ts, step))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "a number is required");
    Count *c = alloc(ts, args[0], sizeof(Count));
    if (!c)
        return VAL_NULL;
    c->cnt = start;
    c->step = step;
    return OBJ_VAL(c);
}

static Value count_next(GiltThread *ts, Value self) {
    Count *c = (Count *)AS_OBJ(self);
    Value r = c->cnt;
    if (BOTH_INT(r, c->step)) {
        int64_t n = AS_INT(r) + AS_INT(c->step);
        if (gilt_smallint_fits(n)) {
            c->cnt = INT_VAL(n);
            return r;
        }
    }
    gilt_gc_push_root(ts, r);
    Value next = gilt_binop(ts, r, c->step, GILT_OP_ADD);
    gilt_gc_pop_root(ts);
    if (!next)
        return VAL_NULL;
    c->cnt = next;
    return r;
}

static Value count_repr_m(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Count *c = (Count *)AS_OBJ(args[0]);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_printf(ts, &b, "%s(", gilt_type_cname(AS_OBJ(args[0])->type));
    bool ok = gilt_strbuf_append_repr(ts, &b, c->cnt);
    if (ok && !(IS_INT(c->step) && AS_INT(c->step) == 1)) {
        gilt_strbuf_append_cstr(ts, &b, ", ");
        ok = gilt_strbuf_append_repr(ts, &b, c->step);
    }
    if (!ok) {
        gilt_strbuf_free(ts, &b);
        return VAL_NULL;
    }
    gilt_strbuf_append_char(ts, &b, ')');
    return gilt_strbuf_finish(ts, &b);
}

static void count_trace(GiltGC *gc, GiltObject *o) {
    Count *c = (Count *)o;
    gilt_gc_mark(gc, c->cnt);
    gilt_gc_mark(gc, c->step);
}

// ---- cycle ----------------------------------------------------------------------------

typedef struct {
    GiltObject obj;
    Value it;       // VAL_NULL once the source is exhausted
    GiltList *saved;
    size_t index;
} Cycle;

static Value cycle_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (gilt_itertools_nokw(ts, "cycle", kw) < 0 ||
        gilt_itertools_nargs(ts, "cycle", nargs - 1, 1, 1) < 0)
        return VAL_NULL;
    Value it = gilt_iter(ts, args[1]);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    GiltList *saved = gilt_list_new(ts, 0);
    Cycle *c = saved ? alloc(ts, args[0], sizeof(Cycle)) : NULL;
    if (!c)
        return VAL_NULL;
    c->it = it;
    c->saved = saved;
    return OBJ_VAL(c);
}

static Value cycle_next(GiltThread *ts, Value self) {
    Cycle *c = (Cycle *)AS_OBJ(self);
    if (c->it) {
        Value v = gilt_next(ts, c->it);
        if (v) {
            if (gilt_list_append(ts, c->saved, v) < 0)
                return VAL_NULL;
            return v;
        }
        if (ts->exc)
            return VAL_NULL;
        c->it = VAL_NULL;
    }
    if (c->saved->len == 0)
        return VAL_NULL;
    if (c->index >= c->saved->len)
        c->index = 0;
    return c->saved->items[c->index++];
}

static void cycle_trace(GiltGC *gc, GiltObject *o) {
    Cycle *c = (Cycle *)o;
    gilt_gc_mark(gc, c->it);
    gilt_gc_mark_obj(gc, (GiltObject *)c->saved);
}

// ---- repeat ---------------------------------------------------------------------------

typedef struct {
    GiltObject obj;
    Value item;
    int64_t cnt; // -1: forever
} Repeat;

static Value repeat_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"object", "times", NULL};
    Value a[2];
    if (gilt_itertools_required(ts, "repeat", nargs - 1, kw, names, 1) < 0 ||
        gilt_parse_args(ts, "repeat", args + 1, nargs - 1, kw, names, 1, a) < 0)
        return VAL_NULL;
    int64_t cnt = -1;
    if (a[1]) {
        if (IS_FLOAT(a[1]))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "'float' object cannot be interpreted as an integer");
        if (gilt_index(ts, a[1], &cnt) < 0)
            return VAL_NULL;
        if (cnt < 0)
            cnt = 0;
    }
    Repeat *r = alloc(ts, args[0], sizeof(Repeat));
    if (!r)
        return VAL_NULL;
    r->item = a[0];
    r->cnt = cnt;
    return OBJ_VAL(r);
}

static Value repeat_next(GiltThread *ts, Value self) {
    Repeat *r = (Repeat *)AS_OBJ(self);
    if (r->cnt == 0)
        return VAL_NULL;
    if (r->cnt > 0)
        r->cnt--;
    return r->item;
}

static Value repeat_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Repeat *r = (Repeat *)AS_OBJ(args[0]);
    const char *name = gilt_type_cname(AS_OBJ(args[0])->type);
    int rec = gilt_repr_enter(ts, args[0]);
    if (rec)
        return rec < 0 ? VAL_NULL : gilt_str_printf(ts, "%s(...)", name);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_printf(ts, &b, "%s(", name);
    bool ok = gilt_strbuf_append_repr(ts, &b, r->item);
    gilt_repr_leave(ts, args[0]);
    if (ok && r->cnt >= 0)
        gilt_strbuf_printf(ts, &b, ", %lld", (long long)r->cnt);
    if (!ok) {
        gilt_strbuf_free(ts, &b);
        return VAL_NULL;
    }
    gilt_strbuf_append_char(ts, &b, ')');
    return gilt_strbuf_finish(ts, &b);
}

static Value repeat_length_hint(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Repeat *r = (Repeat *)AS_OBJ(args[0]);
    if (r->cnt < 0)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "len() of unsized object");
    return gilt_int_from_i64(ts, r->cnt);
}

static void repeat_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((Repeat *)o)->item);
}

// ---- accumulate -----------------------------------------------------------------------

typedef struct {
    GiltObject obj;
    Value it, func, total, initial;
} Accumulate;

static Value accumulate_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"iterable", "func", "$initial", NULL};
    Value a[3];
    if (nargs - 1 > 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "accumulate() takes at most 2 positional arguments (%d given)",
                          nargs - 1);
    if (gilt_itertools_required(ts, "accumulate", nargs - 1, kw, names, 1) < 0 ||
        gilt_parse_args(ts, "accumulate", args + 1, nargs - 1, kw, names, 1, a) < 0)
        return VAL_NULL;
    Value it = gilt_iter(ts, a[0]);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    Accumulate *acc = alloc(ts, args[0], sizeof(Accumulate));
    if (!acc)
        return VAL_NULL;
    acc->it = it;
    acc->func = a[1] && a[1] != VAL_NONE ? a[1] : VAL_NULL;
    acc->initial = a[2] && a[2] != VAL_NONE ? a[2] : VAL_NULL;
    return OBJ_VAL(acc);
}

static Value accumulate_next(GiltThread *ts, Value self) {
    Accumulate *a = (Accumulate *)AS_OBJ(self);
    if (a->initial) {
        a->total = a->initial;
        a->initial = VAL_NULL;
        return a->total;
    }
    Value v = gilt_next(ts, a->it);
    if (!v)
        return VAL_NULL;
    if (!a->total) {
        a->total = v;
        return v;
    }
    gilt_gc_push_root(ts, v);
    Value r = a->func ? gilt_call2(ts, a->func, a->total, v)
                      : gilt_binop(ts, a->total, v, GILT_OP_ADD);
    gilt_gc_pop_root(ts);
    if (!r)
        return VAL_NULL;
    a->total = r;
    return r;
}

static void accumulate_trace(GiltGC *gc, GiltObject *o) {
    Accumulate *a = (Accumulate *)o;
    Value vs[4] = {a->it, a->func, a->total, a->initial};
    gilt_gc_mark_values(gc, vs, 4);
}

// ---- chain ----------------------------------------------------------------------------

typedef struct {
    GiltObject obj;
    Value source; // iterator over the iterables, VAL_NULL when done
    Value active; // iterator of the current iterable, or VAL_NULL
} Chain;

static Value chain_make(GiltThread *ts, Value cls, Value source) {
    gilt_gc_push_root(ts, source);
    Chain *c = alloc(ts, cls, sizeof(Chain));
    gilt_gc_pop_root(ts);
    if (!c)
        return VAL_NULL;
    c->source = source;
    return OBJ_VAL(c);
}

static Value chain_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (gilt_itertools_nokw(ts, "chain", kw) < 0)
        return VAL_NULL;
    GiltTuple *t = gilt_tuple_from(ts, args + 1, (size_t)nargs - 1);
    Value source = t ? gilt_iter(ts, OBJ_VAL(t)) : VAL_NULL;
    return source ? chain_make(ts, args[0], source) : VAL_NULL;
}

static Value chain_from_iterable(GiltThread *ts, Value *args, int nargs,
                                 GiltTuple *kw) {
    if (nargs != 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "chain.from_iterable() takes exactly one argument (%d given)",
                          nargs - 1);
    Value source = gilt_iter(ts, args[1]);
    return source ? chain_make(ts, args[0], source) : VAL_NULL;
}

static Value chain_next(GiltThread *ts, Value self) {
    Chain *c = (Chain *)AS_OBJ(self);
    while (c->source) {
        if (!c->active) {
            Value iterable = gilt_next(ts, c->source);
            if (!iterable) {
                c->source = VAL_NULL;
                return VAL_NULL;
            }
            gilt_gc_push_root(ts, iterable);
            c->active = gilt_iter(ts, iterable);
            gilt_gc_pop_root(ts);
            if (!c->active)
                return VAL_NULL;
        }
        Value v = gilt_next(ts, c->active);
        if (v || ts->exc)
            return v;
        c->active = VAL_NULL;
    }
    return VAL_NULL;
}

static void chain_trace(GiltGC *gc, GiltObject *o) {
    Chain *c = (Chain *)o;
    gilt_gc_mark(gc, c->source);
    gilt_gc_mark(gc, c->active);
}

// ---- compress, dropwhile, takewhile, filterfalse, starmap, pairwise ---------------------

// One layout for the iterators over one source with a function (or a
// second iterator) and a state flag.
typedef struct {
    GiltObject obj;
    Value it;
    Value func; // predicate / function / selectors iterator / previous item
    int state;  // dropwhile: done dropping; takewhile: stopped
} Pred;

static Value pred_make(GiltThread *ts, Value cls, Value iterable, Value func,
                       bool func_is_iterable) {
    Value it = gilt_iter(ts, iterable);
    if (!it)
        return VAL_NULL;
    size_t mark = gilt_gc_roots_mark(ts);
    gilt_gc_push_root(ts, it);
    if (func_is_iterable && !(func = gilt_iter(ts, func)))
        return VAL_NULL;
    gilt_gc_push_root(ts, func);
    Pred *p = alloc(ts, cls, sizeof(Pred));
    gilt_gc_roots_restore(ts, mark);
    if (!p)
        return VAL_NULL;
    p->it = it;
    p->func = func;
    return OBJ_VAL(p);
}

static Value pred_two(GiltThread *ts, Value *args, int nargs, GiltTuple *kw,
                      const char *name) {
    if (gilt_itertools_nokw(ts, name, kw) < 0 ||
        gilt_itertools_nargs(ts, name, nargs - 1, 2, 2) < 0)
        return VAL_NULL;
    return pred_make(ts, args[0], args[2], args[1], false);
}

static Value dropwhile_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return pred_two(ts, args, nargs, kw, "dropwhile");
}

static Value takewhile_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return pred_two(ts, args, nargs, kw, "takewhile");
}

static Value filterfalse_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return pred_two(ts, args, nargs, kw, "filterfalse");
}

static Value starmap_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return pred_two(ts, args, nargs, kw, "starmap");
}

static Value compress_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"data", "selectors", NULL};
    Value a[2];
    if (gilt_itertools_required(ts, "compress", nargs - 1, kw, names, 2) < 0 ||
        gilt_parse_args(ts, "compress", args + 1, nargs - 1, kw, names, 2, a) < 0)
        return VAL_NULL;
    return pred_make(ts, args[0], a[0], a[1], true);
}

static Value pairwise_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (gilt_itertools_nokw(ts, "pairwise", kw) < 0 ||
        gilt_itertools_nargs(ts, "pairwise", nargs - 1, 1, 1) < 0)
        return VAL_NULL;
    return pred_make(ts, args[0], args[1], VAL_NULL, false);
}

// pred(v) as a C truth value (None as the predicate means bool).
static int test_pred(GiltThread *ts, Value pred, Value v) {
    if (pred == VAL_NONE)
        return gilt_truthy(ts, v);
    gilt_gc_push_root(ts, v);
    Value r = gilt_call1(ts, pred, v);
    gilt_gc_pop_root(ts);
    return r ? gilt_truthy(ts, r) : -1;
}

static Value dropwhile_next(GiltThread *ts, Value self) {
    Pred *p = (Pred *)AS_OBJ(self);
    for (;;) {
        Value v = gilt_next(ts, p->it);
        if (!v || p->state)
            return v;
        size_t mark = gilt_gc_roots_mark(ts);
        gilt_gc_push_root(ts, v);
        int t = test_pred(ts, p->func, v);
        gilt_gc_roots_restore(ts, mark);
        if (t < 0)
            return VAL_NULL;
        if (!t) {
            p->state = 1;
            return v;
        }
    }
}

static Value takewhile_next(GiltThread *ts, Value self) {
    Pred *p = (Pred *)AS_OBJ(self);
    if (p->state)
        return VAL_NULL;
    Value v = gilt_next(ts, p->it);
    if (!v)
        return VAL_NULL;
    size_t mark = gilt_gc_roots_mark(ts);
    gilt_gc_push_root(ts, v);
    int t = test_pred(ts, p->func, v);
    gilt_gc_roots_restore(ts, mark);
    if (t < 0)
        return VAL_NULL;
    if (t)
        return v;
    p->state = 1;
    return VAL_NULL;
}

static Value filterfalse_next(GiltThread *ts, Value self) {
    Pred *p = (Pred *)AS_OBJ(self);
    for (;;) {
        Value v = gilt_next(ts, p->it);
        if (!v)
            return VAL_NULL;
        size_t mark = gilt_gc_roots_mark(ts);
        gilt_gc_push_root(ts, v);
        int t = test_pred(ts, p->func, v);
        gilt_gc_roots_restore(ts, mark);
        if (t < 0)
            return VAL_NULL;
        if (!t)
            return v;
    }
}

static Value compress_next(GiltThread *ts, Value self) {
    Pred *p = (Pred *)AS_OBJ(self);
    for (;;) {
        Value v = gilt_next(ts, p->it);
        if (!v)
            return VAL_NULL;
        size_t mark = gilt_gc_roots_mark(ts);
        gilt_gc_push_root(ts, v);
        Value s = gilt_next(ts, p->func);
        int t = s ? gilt_truthy(ts, s) : -1;
        gilt_gc_roots_restore(ts, mark);
        if (t < 0)
            return VAL_NULL;
        if (t)
            return v;
    }
}

static Value starmap_next(GiltThread *ts, Value self) {
    Pred *p = (Pred *)AS_OBJ(self);
    Value v = gilt_next(ts, p->it);
    if (!v)
        return VAL_NULL;
    size_t mark = gilt_gc_roots_mark(ts);
    gilt_gc_push_root(ts, v);
    Value r;
    if (GILT_IS(ts, v, TUPLE)) {
        r = gilt_call(ts, p->func, AS_TUPLE(v)->items, (int)AS_TUPLE(v)->len, NULL);
    } else {
        Value t = gilt_tuple_from_iterable(ts, v);
        if (t)
            gilt_gc_push_root(ts, t);
        r = t ? gilt_call(ts, p->func, AS_TUPLE(t)->items, (int)AS_TUPLE(t)->len, NULL)
              : VAL_NULL;
    }
    gilt_gc_roots_restore(ts, mark);
    return r;
}

static Value pairwise_next(GiltThread *ts, Value self) {
    Pred *p = (Pred *)AS_OBJ(self);
    if (!p->it)
        return VAL_NULL;
    if (!p->func) {
        p->func = gilt_next(ts, p->it);
        if (!p->func) {
            p->it = VAL_NULL;
            return VAL_NULL;
        }
    }
    Value v = gilt_next(ts, p->it);
    if (!v) {
        if (!ts->exc)
            p->it = p->func = VAL_NULL;
        return VAL_NULL;
    }
    gilt_gc_push_root(ts, v);
    Value r = gilt_tuple_pack(ts, 2, p->func, v);
    gilt_gc_pop_root(ts);
    p->func = v;
    return r;
}

static void pred_trace(GiltGC *gc, GiltObject *o) {
    Pred *p = (Pred *)o;
    gilt_gc_mark(gc, p->it);
    gilt_gc_mark(gc, p->func);
}

// ---- zip_longest ---------------------------------------------------------------------

typedef struct {
    GiltObject obj;
    GiltTuple *its; // the iterators; an exhausted one becomes VAL_NULL
    size_t active;
    Value fill;
} ZipLongest;

static Value zip_longest_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value fill = VAL_NONE;
    for (size_t i = 0; kw && i < kw->len; i++) {
        if (!gilt_str_eq_cstr(AS_STR(kw->items[i]), "fillvalue") || kw->len > 1)
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "zip_longest() got an unexpected keyword argument");
        fill = args[nargs + i];
    }
    GiltTuple *its = gilt_tuple_new(ts, (size_t)nargs - 1);
    if (!its)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(its));
    for (int i = 1; i < nargs; i++)
        if (!(its->items[i - 1] = gilt_iter(ts, args[i])))
            return VAL_NULL;
    ZipLongest *z = alloc(ts, args[0], sizeof(ZipLongest));
    if (!z)
        return VAL_NULL;
    z->its = its;
    z->active = its->len;
    z->fill = fill;
    return OBJ_VAL(z);
}

static Value zip_longest_next(GiltThread *ts, Value self) {
    ZipLongest *z = (ZipLongest *)AS_OBJ(self);
    size_t n = z->its->len;
    if (n == 0 || z->active == 0)
        return VAL_NULL;
    GiltTuple *r = gilt_tuple_new(ts, n);
    if (!r)
        return VAL_NULL;
    size_t mark = gilt_gc_roots_mark(ts);
    gilt_gc_push_root(ts, OBJ_VAL(r));
    for (size_t i = 0; i < n; i++) {
        Value it = z->its->items[i], v = VAL_NULL;
        if (it && !(v = gilt_next(ts, it))) {
            if (ts->exc)
                goto fail;
            z->its->items[i] = VAL_NULL;
            if (--z->active == 0)
                goto fail;
        }
        r->items[i] = v ? v : z->fill;
    }
    gilt_gc_roots_restore(ts, mark);
    return OBJ_VAL(r);
fail:
    gilt_gc_roots_restore(ts, mark);
    return VAL_NULL;
}

static void zip_longest_trace(GiltGC *gc, GiltObject *o) {
    ZipLongest *z = (ZipLongest *)o;
    gilt_gc_mark_obj(gc, (GiltObject *)z->its);
    gilt_gc_mark(gc, z->fill);
}

// ---- the module -------------------------------------------------------------------------

#define ITER_METHODS(name, new_fn)                                             \
    static const GiltMethodDef name##_methods[] = {                            \
        {"__new__", new_fn, 0, -1, GILT_M_STATIC | GILT_M_KW},                 \
        {"__iter__", gilt_iter_self, 0, 0, 0},                                 \
        {NULL}};
ITER_METHODS(cycle, cycle_new)
ITER_METHODS(accumulate, accumulate_new)
ITER_METHODS(compress, compress_new)
ITER_METHODS(dropwhile, dropwhile_new)
ITER_METHODS(takewhile, takewhile_new)
ITER_METHODS(filterfalse, filterfalse_new)
ITER_METHODS(starmap, starmap_new)
ITER_METHODS(pairwise, pairwise_new)
ITER_METHODS(zip_longest, zip_longest_new)

static const GiltMethodDef count_methods[] = {
    {"__new__", count_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__repr__", count_repr_m, 0, 0, 0},
    {NULL}};

static const GiltMethodDef repeat_methods[] = {
    {"__new__", repeat_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__repr__", repeat_repr, 0, 0, 0},
    {"__length_hint__", repeat_length_hint, 0, 0, 0},
    {NULL}};

static const GiltMethodDef chain_methods[] = {
    {"__new__", chain_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"from_iterable", chain_from_iterable, 0, -1, GILT_M_CLASS},
    {NULL}};

#define SPEC(n, type, nextfn, tracefn)                                         \
    {.name = #n, .module = "itertools", .basicsize = sizeof(type),             \
     .flags = GILT_TF_BASETYPE, .methods = n##_methods, .iternext = nextfn,    \
     .trace = tracefn}

static const GiltTypeSpec simple_specs[] = {
    SPEC(count, Count, count_next, count_trace),
    SPEC(cycle, Cycle, cycle_next, cycle_trace),
    SPEC(repeat, Repeat, repeat_next, repeat_trace),
    SPEC(accumulate, Accumulate, accumulate_next, accumulate_trace),
    SPEC(chain, Chain, chain_next, chain_trace),
    SPEC(compress, Pred, compress_next, pred_trace),
    SPEC(dropwhile, Pred, dropwhile_next, pred_trace),
    SPEC(takewhile, Pred, takewhile_next, pred_trace),
    SPEC(filterfalse, Pred, filterfalse_next, pred_trace),
    SPEC(starmap, Pred, starmap_next, pred_trace),
    SPEC(pairwise, Pred, pairwise_next, pred_trace),
    SPEC(zip_longest, ZipLongest, zip_longest_next, zip_longest_trace),
    {.name = NULL}};

static int itertools_init(GiltThread *ts, Value m) {
    if (gilt_itertools_add_types(ts, m, simple_specs) < 0 ||
        gilt_itertools_more_init(ts, m) < 0)
        return -1;
    return gilt_itertools_comb_init(ts, m);
}

const GiltModuleDef gilt_module_itertools = {
    .name = "itertools",
    .doc = "Functional tools for creating and using iterators.",
    .init = itertools_init,
};
