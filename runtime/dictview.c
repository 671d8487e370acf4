/* dictview.c - dict views (dict_keys, dict_values, dict_items) and the
 * dict iterators, forward and reversed.
 *
 * An iterator remembers the dict's size when it started and raises
 * RuntimeError "dictionary changed size during iteration" when it
 * differs (sticky, as CPython's); one that finds more keys than the size
 * allowed raises "dictionary keys changed during iteration". Keys and
 * items views are set-like: ==, <, &, |, -, ^ and isdisjoint with any
 * iterable, results being sets.
 */
#include "dict.h"

#include "../vm/gc.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

typedef struct GiltDictView {
    GiltObject obj;
    GiltDict *dict;
} GiltDictView;

typedef struct GiltDictIter {
    GiltObject obj;
    GiltDict *dict; // NULL once exhausted
    int64_t pos;    // next entry to look at
    size_t used;    // the dict's len when iteration began; SIZE_MAX: failed
    size_t len;     // items left
} GiltDictIter;

#define VIEW(v) ((GiltDictView *)AS_OBJ(v))
#define DITER(v) ((GiltDictIter *)AS_OBJ(v))

// ---- iterators ----------------------------------------------------------------------

static Value iter_new(GiltThread *ts, GiltDict *d, GiltTypeId id) {
    GiltDictIter *it = gilt_gc_alloc(ts, ts->vm->types[id], sizeof(GiltDictIter));
    if (!it)
        return VAL_NULL;
    it->dict = d;
    it->used = it->len = d->len;
    bool reverse = id == GILT_T_DICT_REVKEYITER ||
                   id == GILT_T_DICT_REVVALUEITER ||
                   id == GILT_T_DICT_REVITEMITER;
    it->pos = reverse ? (int64_t)d->nentries - 1 : 0;
    return OBJ_VAL(it);
}

static bool size_changed(GiltThread *ts, GiltDictIter *it) {
    if (it->used == it->dict->len)
        return false;
    it->used = SIZE_MAX;
    gilt_raise(ts, GILT_EXC_RUNTIME_ERROR,
               "dictionary changed size during iteration");
    return true;
}

// The next entry, or NULL when exhausted or on error (ts->exc tells).
static GiltDictEntry *next_entry(GiltThread *ts, Value v) {
    GiltDictIter *it = DITER(v);
    GiltDict *d = it->dict;
    if (!d || size_changed(ts, it))
        return NULL;
    int64_t i = it->pos;
    while (i < (int64_t)d->nentries && !d->entries[i].key)
        i++;
    if (i >= (int64_t)d->nentries) {
        it->dict = NULL;
        return NULL;
    }
    if (it->len == 0) {
        it->dict = NULL;
        gilt_raise(ts, GILT_EXC_RUNTIME_ERROR,
                   "dictionary keys changed during iteration");
        return NULL;
    }
    it->pos = i + 1;
    it->len--;
    return &d->entries[i];
}

static GiltDictEntry *prev_entry(GiltThread *ts, Value v) {
    GiltDictIter *it = DITER(v);
    GiltDict *d = it->dict;
    if (!d || size_changed(ts, it))
        return NULL;
    int64_t i = it->pos;
    if (i >= (int64_t)d->nentries)
        i = (int64_t)d->nentries - 1;
    while (i >= 0 && !d->entries[i].key)
        i--;
    if (i < 0) {
        it->dict = NULL;
        return NULL;
    }
    it->pos = i - 1;
    it->len--;
    return &d->entries[i];
}

static Value item_tuple(GiltThread *ts, GiltDictEntry *e) {
    return e ? gilt_tuple_pack(ts, 2, e->key, e->value) : VAL_NULL;
}

static Value keyiter_next(GiltThread *ts, Value v) {
    GiltDictEntry *e = next_entry(ts, v);
    return e ? e->key : VAL_NULL;
}

static Value valueiter_next(GiltThread *ts, Value v) {
    GiltDictEntry *e = next_entry(ts, v);
    return e ? e->value : VAL_NULL;
}

static Value itemiter_next(GiltThread *ts, Value v) {
    return item_tuple(ts, next_entry(ts, v));
}

static Value revkeyiter_next(GiltThread *ts, Value v) {
    GiltDictEntry *e = prev_entry(ts, v);
    return e ? e->key : VAL_NULL;
}

static Value revvalueiter_next(GiltThread *ts, Value v) {
    GiltDictEntry *e = prev_entry(ts, v);
    return e ? e->value : VAL_NULL;
}

static Value revitemiter_next(GiltThread *ts, Value v) {
    return item_tuple(ts, prev_entry(ts, v));
}

static Value dictiter_hint(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    GiltDictIter *it = DITER(args[0]);
    if (it->dict && it->used == it->dict->len)
        return INT_VAL((int64_t)it->len);
    return INT_VAL(0);
}

static void dictiter_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark_obj(gc, (GiltObject *)((GiltDictIter *)o)->dict);
}

// ---- the dict's own view and iterator methods ------------------------------------------

static Value view_new(GiltThread *ts, Value d, GiltTypeId id) {
    GiltDictView *v = gilt_gc_alloc(ts, ts->vm->types[id], sizeof(GiltDictView));
    if (!v)
        return VAL_NULL;
    v->dict = AS_DICT(d);
    return OBJ_VAL(v);
}

#define DICT_FN(name, expr)                                                    \
    static Value name(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) { \
        return expr;                                                           \
    }
DICT_FN(dict_keys, view_new(ts, args[0], GILT_T_DICT_KEYS))
DICT_FN(dict_values, view_new(ts, args[0], GILT_T_DICT_VALUES))
DICT_FN(dict_items, view_new(ts, args[0], GILT_T_DICT_ITEMS))
DICT_FN(dict_iter, iter_new(ts, AS_DICT(args[0]), GILT_T_DICT_KEYITER))
DICT_FN(dict_reversed, iter_new(ts, AS_DICT(args[0]), GILT_T_DICT_REVKEYITER))

const GiltMethodDef gilt_dictview_dict_methods[] = {
    {"keys", dict_keys, 0, 0, 0},
    {"values", dict_values, 0, 0, 0},
    {"items", dict_items, 0, 0, 0},
    {"__iter__", dict_iter, 0, 0, 0},
    {"__reversed__", dict_reversed, 0, 0, 0},
    {NULL}};

Value gilt_dict_iter_new(GiltThread *ts, GiltDict *d) {
    return iter_new(ts, d, GILT_T_DICT_KEYITER);
}

// ---- views: len, iter, contains, repr ------------------------------------------------

DICT_FN(view_len, INT_VAL((int64_t)VIEW(args[0])->dict->len))
DICT_FN(keys_iter, iter_new(ts, VIEW(args[0])->dict, GILT_T_DICT_KEYITER))
DICT_FN(values_iter, iter_new(ts, VIEW(args[0])->dict, GILT_T_DICT_VALUEITER))
DICT_FN(items_iter, iter_new(ts, VIEW(args[0])->dict, GILT_T_DICT_ITEMITER))
DICT_FN(keys_rev, iter_new(ts, VIEW(args[0])->dict, GILT_T_DICT_REVKEYITER))
DICT_FN(values_rev,
        iter_new(ts, VIEW(args[0])->dict, GILT_T_DICT_REVVALUEITER))
DICT_FN(items_rev, iter_new(ts, VIEW(args[0])->dict, GILT_T_DICT_REVITEMITER))

static bool is_keys(GiltThread *ts, Value v) {
    return GILT_IS(ts, v, DICT_KEYS);
}

static bool is_items(GiltThread *ts, Value v) {
    return GILT_IS(ts, v, DICT_ITEMS);
}

static bool is_setview(GiltThread *ts, Value v) {
    return is_keys(ts, v) || is_items(ts, v);
}

// `x in view` for keys and items views: 1, 0, -1.
static int view_contains(GiltThread *ts, Value view, Value x) {
    GiltDict *d = VIEW(view)->dict;
    Value found;
    if (is_keys(ts, view))
        return gilt_dict_lookup(ts, d, x, &found);
    if (!GILT_IS_SUB(ts, x, GILT_TF_TUPLE_SUB) || AS_TUPLE(x)->len != 2)
        return 0;
    int r = gilt_dict_lookup(ts, d, AS_TUPLE(x)->items[0], &found);
    if (r <= 0)
        return r;
    gilt_gc_push_root(ts, found);
    r = gilt_eq(ts, found, AS_TUPLE(x)->items[1]);
    gilt_gc_pop_root(ts);
    return r;
}

static Value view_contains_m(GiltThread *ts, Value *args, int nargs,
                             GiltTuple *kw) {
    int r = view_contains(ts, args[0], args[1]);
    return r < 0 ? VAL_NULL : BOOL_VAL(r);
}

static Value view_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int st = gilt_repr_enter(ts, args[0]);
    if (st)
        return st < 0 ? VAL_NULL : gilt_str_from_cstr(ts, "...");
    Value r = VAL_NULL;
    Value seq = gilt_list_from_iterable(ts, args[0]);
    if (seq) {
        gilt_gc_push_root(ts, seq);
        GiltStrBuf b;
        gilt_strbuf_init(&b);
        gilt_strbuf_printf(ts, &b, "%s(", gilt_type_name(ts, args[0]));
        if (gilt_strbuf_append_repr(ts, &b, seq))
            gilt_strbuf_append_char(ts, &b, ')');
        r = gilt_strbuf_finish(ts, &b);
        gilt_gc_pop_root(ts);
    }
    gilt_repr_leave(ts, args[0]);
    return r;
}

static Value view_mapping(GiltThread *ts, Value self) {
    return gilt_mappingproxy_new(ts, OBJ_VAL(VIEW(self)->dict));
}

// ---- set-like operations --------------------------------------------------------------

// Every item of iterable [a] is in [b] (`in` protocol): 1, 0, -1.
static int all_contained_in(GiltThread *ts, Value a, Value b) {
    Value it = gilt_iter(ts, a);
    if (!it)
        return -1;
    gilt_gc_push_root(ts, it);
    int ok = 1;
    Value x;
    while ((x = gilt_next(ts, it))) {
        gilt_gc_push_root(ts, x);
        ok = gilt_contains(ts, b, x);
        gilt_gc_pop_root(ts);
        if (ok <= 0)
            break;
    }
    gilt_gc_pop_root(ts);
    return ts->exc ? -1 : ok;
}

static Value view_compare(GiltThread *ts, Value *args, GiltCompareOp op) {
    Value a = args[0], b = args[1];
    if (!GILT_IS_ANYSET(ts, b) && !is_setview(ts, b))
        return VAL_NOTIMPL;
    int64_t la, lb;
    if (gilt_len(ts, a, &la) < 0 || gilt_len(ts, b, &lb) < 0)
        return VAL_NULL;
    int ok = 0;
    switch (op) {
    case GILT_EQ:
    case GILT_NE:
        if (la == lb)
            ok = all_contained_in(ts, a, b);
        if (op == GILT_NE && ok >= 0)
            ok = !ok;
        break;
    case GILT_LT:
        ok = la < lb ? all_contained_in(ts, a, b) : 0;
        break;
    case GILT_LE:
        ok = la <= lb ? all_contained_in(ts, a, b) : 0;
        break;
    case GILT_GT:
        ok = la > lb ? all_contained_in(ts, b, a) : 0;
        break;
    default:
        ok = la >= lb ? all_contained_in(ts, b, a) : 0;
        break;
    }
    return ok < 0 ? VAL_NULL : BOOL_VAL(ok);
}

#define VIEW_CMP(name, op)                                                     \
    static Value name(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) { \
        return view_compare(ts, args, op);                                     \
    }
VIEW_CMP(view_eq, GILT_EQ)
VIEW_CMP(view_ne, GILT_NE)
VIEW_CMP(view_lt, GILT_LT)
VIEW_CMP(view_le, GILT_LE)
VIEW_CMP(view_gt, GILT_GT)
VIEW_CMP(view_ge, GILT_GE)

// set(v), taking the dict's fast path for keys views of exact dicts.
static Value to_set(GiltThread *ts, Value v) {
    if (is_keys(ts, v) && GILT_IS(ts, OBJ_VAL(VIEW(v)->dict), DICT))
        v = OBJ_VAL(VIEW(v)->dict);
    return gilt_set_from_iterable(ts, GILT_TYPE(ts, SET), v);
}

static Value or_impl(GiltThread *ts, Value a, Value b) {
    Value r = to_set(ts, a);
    if (!r)
        return VAL_NULL;
    gilt_gc_push_root(ts, r);
    int rc = gilt_set_update(ts, AS_SET(r), b);
    gilt_gc_pop_root(ts);
    return rc < 0 ? VAL_NULL : r;
}

static Value sub_impl(GiltThread *ts, Value a, Value b) {
    Value r = to_set(ts, a);
    if (!r)
        return VAL_NULL;
    gilt_gc_push_root(ts, r);
    int rc = gilt_set_difference_update(ts, AS_SET(r), b);
    gilt_gc_pop_root(ts);
    return rc < 0 ? VAL_NULL : r;
}

// Add (key, value) to [res].
static int add_pair(GiltThread *ts, GiltSet *res, Value k, Value v) {
    Value pair = gilt_tuple_pack(ts, 2, k, v);
    return pair ? gilt_set_add(ts, res, pair) : -1;
}

// items ^ items, CPython's dictitems_xor: pairs of b not equal in a,
// then what is left of a.
static Value items_xor(GiltThread *ts, Value a, Value b) {
    GiltDict *tmp = gilt_dict_copy(ts, VIEW(a)->dict);
    GiltSet *res = tmp ? gilt_set_new(ts) : NULL;
    if (!res)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(tmp));
    gilt_gc_push_root(ts, OBJ_VAL(res));
    GiltDict *d2 = VIEW(b)->dict;
    for (size_t i = 0; i < d2->nentries; i++) {
        GiltDictEntry e = d2->entries[i];
        if (!e.key)
            continue;
        size_t mark = gilt_gc_roots_mark(ts);
        gilt_gc_push_root(ts, e.key);
        gilt_gc_push_root(ts, e.value);
        Value v1;
        int r = gilt_dict_lookup_hashed(ts, tmp, e.key, e.hash, &v1);
        if (r > 0)
            r = gilt_eq(ts, v1, e.value);
        if (r > 0)
            r = gilt_dict_pop(ts, tmp, e.key, NULL) < 0 ? -1 : 1;
        else if (r == 0)
            r = add_pair(ts, res, e.key, e.value);
        gilt_gc_roots_restore(ts, mark);
        if (r < 0)
            return VAL_NULL;
    }
    Value k, v;
    for (size_t pos = 0; gilt_dict_next(tmp, &pos, &k, &v);)
        if (add_pair(ts, res, k, v) < 0)
            return VAL_NULL;
    return OBJ_VAL(res);
}

static Value xor_impl(GiltThread *ts, Value a, Value b) {
    if (is_items(ts, a) && is_items(ts, b))
        return items_xor(ts, a, b);
    Value r = to_set(ts, a);
    if (!r)
        return VAL_NULL;
    gilt_gc_push_root(ts, r);
    int rc = gilt_set_symmetric_difference_update(ts, AS_SET(r), b);
    gilt_gc_pop_root(ts);
    return rc < 0 ? VAL_NULL : r;
}

// CPython's _PyDictView_Intersect: the smaller side is iterated.
static Value and_impl(GiltThread *ts, Value self, Value other) {
    if (!is_setview(ts, self)) {
        Value t = self;
        self = other;
        other = t;
    }
    int64_t ls = (int64_t)VIEW(self)->dict->len, lo;
    if (GILT_IS(ts, other, SET)) {
        if (gilt_len(ts, other, &lo) < 0)
            return VAL_NULL;
        if (ls <= lo)
            return gilt_set_intersection(ts, AS_SET(other), self);
    }
    if (is_setview(ts, other) && (int64_t)VIEW(other)->dict->len > ls) {
        Value t = self;
        self = other;
        other = t;
    }
    GiltSet *res = gilt_set_new(ts);
    if (!res)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(res));
    Value it = gilt_iter(ts, other);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    Value x;
    while ((x = gilt_next(ts, it))) {
        gilt_gc_push_root(ts, x);
        int c = view_contains(ts, self, x);
        if (c < 0 || (c && gilt_set_add(ts, res, x) < 0))
            return VAL_NULL;
        gilt_gc_pop_root(ts);
    }
    return ts->exc ? VAL_NULL : OBJ_VAL(res);
}

#define VIEW_BINOP(name, impl)                                                 \
    static Value name(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) { \
        return impl(ts, args[0], args[1]);                                     \
    }                                                                          \
    static Value name##_r(GiltThread *ts, Value *args, int nargs,             \
                          GiltTuple *kw) {                                     \
        return impl(ts, args[1], args[0]);                                     \
    }
VIEW_BINOP(view_or, or_impl)
VIEW_BINOP(view_and, and_impl)
VIEW_BINOP(view_sub, sub_impl)
VIEW_BINOP(view_xor, xor_impl)

static Value view_isdisjoint(GiltThread *ts, Value *args, int nargs,
                             GiltTuple *kw) {
    Value self = args[0], other = args[1];
    if (self == other)
        return BOOL_VAL(VIEW(self)->dict->len == 0);
    if (GILT_IS_ANYSET(ts, other) || is_setview(ts, other)) {
        int64_t lo;
        if (gilt_len(ts, other, &lo) < 0)
            return VAL_NULL;
        if (lo > (int64_t)VIEW(self)->dict->len) {
            self = other;
            other = args[0];
        }
    }
    Value it = gilt_iter(ts, other);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    Value x;
    while ((x = gilt_next(ts, it))) {
        gilt_gc_push_root(ts, x);
        int c = gilt_contains(ts, self, x);
        gilt_gc_pop_root(ts);
        if (c)
            return c < 0 ? VAL_NULL : VAL_FALSE;
    }
    return ts->exc ? VAL_NULL : VAL_TRUE;
}

// ---- types ---------------------------------------------------------------------------

static void view_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark_obj(gc, (GiltObject *)((GiltDictView *)o)->dict);
}

#define SETVIEW_METHODS(iter, rev)                                             \
    {"__len__", view_len, 0, 0, 0}, {"__iter__", iter, 0, 0, 0},              \
        {"__reversed__", rev, 0, 0, 0},                                        \
        {"__contains__", view_contains_m, 1, 1, 0},                            \
        {"__repr__", view_repr, 0, 0, 0}, {"__eq__", view_eq, 1, 1, 0},        \
        {"__ne__", view_ne, 1, 1, 0}, {"__lt__", view_lt, 1, 1, 0},            \
        {"__le__", view_le, 1, 1, 0}, {"__gt__", view_gt, 1, 1, 0},            \
        {"__ge__", view_ge, 1, 1, 0}, {"__or__", view_or, 1, 1, 0},            \
        {"__ror__", view_or_r, 1, 1, 0}, {"__and__", view_and, 1, 1, 0},       \
        {"__rand__", view_and_r, 1, 1, 0}, {"__sub__", view_sub, 1, 1, 0},     \
        {"__rsub__", view_sub_r, 1, 1, 0}, {"__xor__", view_xor, 1, 1, 0},     \
        {"__rxor__", view_xor_r, 1, 1, 0},                                     \
        {"isdisjoint", view_isdisjoint, 1, 1, 0}, {                            \
        NULL                                                                   \
    }

static const GiltMethodDef keys_methods[] = {SETVIEW_METHODS(keys_iter,
                                                             keys_rev)};
static const GiltMethodDef items_methods[] = {SETVIEW_METHODS(items_iter,
                                                              items_rev)};
static const GiltMethodDef values_methods[] = {
    {"__len__", view_len, 0, 0, 0},
    {"__iter__", values_iter, 0, 0, 0},
    {"__reversed__", values_rev, 0, 0, 0},
    {"__repr__", view_repr, 0, 0, 0},
    {NULL}};

static const GiltGetSetDef view_getsets[] = {{"mapping", view_mapping, NULL},
                                             {NULL}};

static const GiltMethodDef dictiter_methods[] = {
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__length_hint__", dictiter_hint, 0, 0, 0},
    {NULL}};

static int make_iter_types(GiltThread *ts) {
    static const struct {
        GiltTypeId id;
        const char *name;
        GiltIterNextFn next;
    } iters[] = {
        {GILT_T_DICT_KEYITER, "dict_keyiterator", keyiter_next},
        {GILT_T_DICT_VALUEITER, "dict_valueiterator", valueiter_next},
        {GILT_T_DICT_ITEMITER, "dict_itemiterator", itemiter_next},
        {GILT_T_DICT_REVKEYITER, "dict_reversekeyiterator", revkeyiter_next},
        {GILT_T_DICT_REVVALUEITER, "dict_reversevalueiterator",
         revvalueiter_next},
        {GILT_T_DICT_REVITEMITER, "dict_reverseitemiterator",
         revitemiter_next},
    };
    for (size_t i = 0; i < sizeof iters / sizeof iters[0]; i++) {
        GiltTypeSpec spec = {
            .name = iters[i].name,
            .basicsize = sizeof(GiltDictIter),
            .methods = dictiter_methods,
            .iternext = iters[i].next,
            .trace = dictiter_trace,
        };
        if (!gilt_type_from_spec(ts, &spec, iters[i].id))
            return -1;
    }
    return 0;
}

int gilt_dictview_init_types(GiltThread *ts) {
    static const GiltTypeSpec specs[] = {
        {.name = "dict_keys", .basicsize = sizeof(GiltDictView),
         .methods = keys_methods, .getsets = view_getsets,
         .trace = view_trace},
        {.name = "dict_values", .basicsize = sizeof(GiltDictView),
         .methods = values_methods, .getsets = view_getsets,
         .trace = view_trace},
        {.name = "dict_items", .basicsize = sizeof(GiltDictView),
         .methods = items_methods, .getsets = view_getsets,
         .trace = view_trace},
    };
    GiltTypeId ids[] = {GILT_T_DICT_KEYS, GILT_T_DICT_VALUES, GILT_T_DICT_ITEMS};
    for (int i = 0; i < 3; i++) {
        GiltType *t = gilt_type_from_spec(ts, &specs[i], ids[i]);
        if (!t)
            return -1;
        // Set-like views define __eq__ and so are unhashable.
        if (i != 1 &&
            gilt_dict_set_str(ts, t->dict, GILT_NAME(ts, __hash__), VAL_NONE) < 0)
            return -1;
    }
    return make_iter_types(ts);
}
