/* dict_methods.c - dict's methods and dunders on top of dict.c's table.
 * Views and iterators are in dictview.c, mappingproxy in mappingproxy.c.
 *
 * Results of copy(), |, fromkeys() on dict itself are exact dicts; a
 * subclass's d[key] miss calls its __missing__ (collections.defaultdict).
 */
#include "dict.h"

#include "../vm/gc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define SELF AS_DICT(args[0])

Value gilt_dict_getitem(GiltThread *ts, Value self, Value key) {
    Value v;
    int r = gilt_dict_lookup(ts, AS_DICT(self), key, &v);
    if (r > 0)
        return v;
    if (r < 0)
        return VAL_NULL;
    GiltType *t = AS_OBJ(self)->type;
    if (t != GILT_TYPE(ts, DICT)) {
        Value missing = gilt_type_lookup(ts, t, GILT_NAME(ts, __missing__));
        if (missing)
            return gilt_call_with_self(ts, missing, self, &key, 1, NULL);
    }
    return gilt_raise_value(ts, GILT_EXC_KEY_ERROR, key);
}

// ---- construction ----------------------------------------------------------------

static Value dict_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltType *cls = AS_TYPE(args[0]);
    if (cls == GILT_TYPE(ts, DICT)) {
        GiltDict *d = gilt_dict_new(ts);
        return d ? OBJ_VAL(d) : VAL_NULL;
    }
    GiltDict *d = gilt_alloc_instance(ts, cls, sizeof(GiltDict));
    if (!d)
        return VAL_NULL;
    d->layout = ++ts->vm->next_dict_layout;
    return OBJ_VAL(d);
}

// Set the keyword arguments args[nargs..] named by [kw].
static int set_kwargs(GiltThread *ts, GiltDict *d, Value *args, int nargs,
                      GiltTuple *kw) {
    for (size_t i = 0; kw && i < kw->len; i++)
        if (gilt_dict_set(ts, d, kw->items[i], args[nargs + (int)i]) < 0)
            return -1;
    return 0;
}

// dict.__init__ and dict.update: an optional mapping or iterable of pairs,
// then keyword arguments.
static Value update_common(GiltThread *ts, const char *name, Value *args,
                           int nargs, GiltTuple *kw) {
    if (nargs > 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%s expected at most 1 argument, got %d", name,
                          nargs - 1);
    GiltDict *d = SELF;
    if (nargs == 2 && gilt_dict_update(ts, d, args[1]) < 0)
        return VAL_NULL;
    if (set_kwargs(ts, d, args, nargs, kw) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value dict_init(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return update_common(ts, "dict", args, nargs, kw);
}

static Value dict_update_m(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    return update_common(ts, "update", args, nargs, kw);
}

static Value dict_fromkeys(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    Value value = nargs > 2 ? args[2] : VAL_NONE;
    Value d = gilt_call0(ts, args[0]);
    if (!d)
        return VAL_NULL;
    gilt_gc_push_root(ts, d);
    bool exact = GILT_IS(ts, d, DICT);
    if (exact && GILT_IS(ts, args[1], DICT)) {
        size_t pos = 0;
        GiltDict *src = AS_DICT(args[1]);
        while (pos < src->nentries) {
            GiltDictEntry e = src->entries[pos++];
            if (e.key &&
                gilt_dict_set_hashed(ts, AS_DICT(d), e.key, e.hash, value) < 0)
                return VAL_NULL;
        }
        return d;
    }
    Value it = gilt_iter(ts, args[1]);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    Value k;
    while ((k = gilt_next(ts, it))) {
        gilt_gc_push_root(ts, k);
        int r = exact ? gilt_dict_set(ts, AS_DICT(d), k, value)
                      : gilt_setitem(ts, d, k, value);
        gilt_gc_pop_root(ts);
        if (r < 0)
            return VAL_NULL;
    }
    return ts->exc ? VAL_NULL : d;
}

// ---- item access -------------------------------------------------------------------

static Value dict_getitem(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    return gilt_dict_getitem(ts, args[0], args[1]);
}

static Value dict_setitem(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    return gilt_dict_set(ts, SELF, args[1], args[2]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value dict_delitem(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    return gilt_dict_del(ts, SELF, args[1]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value dict_contains(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    Value v;
    int r = gilt_dict_lookup(ts, SELF, args[1], &v);
    return r < 0 ? VAL_NULL : BOOL_VAL(r);
}

static Value dict_len(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return INT_VAL((int64_t)SELF->len);
}

static Value dict_get(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value v;
    int r = gilt_dict_lookup(ts, SELF, args[1], &v);
    if (r < 0)
        return VAL_NULL;
    return r ? v : nargs > 2 ? args[2] : VAL_NONE;
}

static Value dict_setdefault(GiltThread *ts, Value *args, int nargs,
                             GiltTuple *kw) {
    Value v, dflt = nargs > 2 ? args[2] : VAL_NONE;
    int r = gilt_dict_lookup(ts, SELF, args[1], &v);
    if (r < 0)
        return VAL_NULL;
    if (r)
        return v;
    return gilt_dict_set(ts, SELF, args[1], dflt) < 0 ? VAL_NULL : dflt;
}

static Value dict_pop(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value v;
    int r = gilt_dict_pop(ts, SELF, args[1], &v);
    if (r < 0)
        return VAL_NULL;
    if (r)
        return v;
    if (nargs > 2)
        return args[2];
    return gilt_raise_value(ts, GILT_EXC_KEY_ERROR, args[1]);
}

static Value dict_popitem(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    // Allocate the result first so a MemoryError leaves the dict intact.
    GiltTuple *t = gilt_tuple_new(ts, 2);
    if (!t)
        return VAL_NULL;
    if (!gilt_dict_popitem(ts, SELF, &t->items[0], &t->items[1]))
        return gilt_raise(ts, GILT_EXC_KEY_ERROR,
                          "popitem(): dictionary is empty");
    return OBJ_VAL(t);
}

static Value dict_clear_m(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    gilt_dict_clear(ts, SELF);
    return VAL_NONE;
}

static Value dict_copy_m(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    GiltDict *c = gilt_dict_copy(ts, SELF);
    return c ? OBJ_VAL(c) : VAL_NULL;
}

// ---- operators ---------------------------------------------------------------------

static Value dict_or_impl(GiltThread *ts, Value a, Value b) {
    if (!GILT_IS_SUB(ts, a, GILT_TF_DICT_SUB) ||
        !GILT_IS_SUB(ts, b, GILT_TF_DICT_SUB))
        return VAL_NOTIMPL;
    GiltDict *c = gilt_dict_copy(ts, AS_DICT(a));
    if (!c)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(c));
    int r = gilt_dict_update(ts, c, b);
    gilt_gc_pop_root(ts);
    return r < 0 ? VAL_NULL : OBJ_VAL(c);
}

static Value dict_or(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return dict_or_impl(ts, args[0], args[1]);
}

static Value dict_ror(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return dict_or_impl(ts, args[1], args[0]);
}

static Value dict_ior(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (gilt_dict_update(ts, SELF, args[1]) < 0)
        return VAL_NULL;
    return args[0];
}

// 1 equal, 0 not, -1 error; CPython's dict_equal (a's order, b's lookup
// with a's cached hashes).
static int dict_equal(GiltThread *ts, GiltDict *a, GiltDict *b) {
    if (a->len != b->len)
        return 0;
    for (size_t i = 0; i < a->nentries; i++) {
        GiltDictEntry e = a->entries[i];
        if (!e.key)
            continue;
        size_t mark = gilt_gc_roots_mark(ts);
        gilt_gc_push_root(ts, e.key);
        gilt_gc_push_root(ts, e.value);
        Value bv;
        int r = gilt_dict_lookup_hashed(ts, b, e.key, e.hash, &bv);
        if (r > 0)
            r = bv == e.value ? 1 : gilt_eq(ts, e.value, bv);
        gilt_gc_roots_restore(ts, mark);
        if (r <= 0)
            return r;
    }
    return 1;
}

static Value dict_compare(GiltThread *ts, Value *args, bool eq) {
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_DICT_SUB))
        return VAL_NOTIMPL;
    int r = dict_equal(ts, SELF, AS_DICT(args[1]));
    return r < 0 ? VAL_NULL : BOOL_VAL(r == eq);
}

static Value dict_eq(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return dict_compare(ts, args, true);
}

static Value dict_ne(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return dict_compare(ts, args, false);
}

static Value dict_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltDict *d = SELF;
    if (d->len == 0)
        return gilt_str_from_cstr(ts, "{}");
    int r = gilt_repr_enter(ts, args[0]);
    if (r)
        return r < 0 ? VAL_NULL : gilt_str_from_cstr(ts, "{...}");
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_char(ts, &b, '{');
    bool first = true;
    // Entries are re-read each round: a __repr__ may mutate the dict.
    for (size_t i = 0; i < d->nentries && !b.failed; i++) {
        GiltDictEntry e = d->entries[i];
        if (!e.key)
            continue;
        if (!first)
            gilt_strbuf_append_cstr(ts, &b, ", ");
        first = false;
        size_t mark = gilt_gc_roots_mark(ts);
        gilt_gc_push_root(ts, e.key);
        gilt_gc_push_root(ts, e.value);
        if (gilt_strbuf_append_repr(ts, &b, e.key) &&
            gilt_strbuf_append_cstr(ts, &b, ": "))
            gilt_strbuf_append_repr(ts, &b, e.value);
        gilt_gc_roots_restore(ts, mark);
    }
    gilt_strbuf_append_char(ts, &b, '}');
    gilt_repr_leave(ts, args[0]);
    return gilt_strbuf_finish(ts, &b);
}

static const GiltMethodDef dict_methods[] = {
    {"__new__", dict_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__init__", dict_init, 0, -1, GILT_M_KW},
    {"fromkeys", dict_fromkeys, 1, 2, GILT_M_CLASS},
    {"__getitem__", dict_getitem, 1, 1, 0},
    {"__setitem__", dict_setitem, 2, 2, 0},
    {"__delitem__", dict_delitem, 1, 1, 0},
    {"__contains__", dict_contains, 1, 1, 0},
    {"__len__", dict_len, 0, 0, 0},
    {"get", dict_get, 1, 2, 0},
    {"setdefault", dict_setdefault, 1, 2, 0},
    {"pop", dict_pop, 1, 2, 0},
    {"popitem", dict_popitem, 0, 0, 0},
    {"update", dict_update_m, 0, -1, GILT_M_KW},
    {"clear", dict_clear_m, 0, 0, 0},
    {"copy", dict_copy_m, 0, 0, 0},
    {"__or__", dict_or, 1, 1, 0},
    {"__ror__", dict_ror, 1, 1, 0},
    {"__ior__", dict_ior, 1, 1, 0},
    {"__eq__", dict_eq, 1, 1, 0},
    {"__ne__", dict_ne, 1, 1, 0},
    {"__repr__", dict_repr, 0, 0, 0},
    {NULL}};

int gilt_dict_methods_init_types(GiltThread *ts) {
    GiltType *dict = GILT_TYPE(ts, DICT);
    if (gilt_type_add_methods(ts, dict, gilt_dictview_dict_methods) < 0 ||
        gilt_type_add_methods(ts, dict, dict_methods) < 0 ||
        gilt_dict_set_str(ts, dict->dict, GILT_NAME(ts, __hash__), VAL_NONE) < 0)
        return -1;
    gilt_type_modified(ts, dict);
    return 0;
}
