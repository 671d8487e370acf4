/* set_methods.c - The Python side of set and frozenset: construction,
 * methods, operators, comparisons, repr, hash, and set_iterator.
 *
 * Results follow CPython: operators take only sets and frozensets
 * (NotImplemented otherwise), methods take any iterables; a result has
 * the base type of its left operand (set or frozenset, never a subclass).
 */
#include "set.h"

#include "../vm/gc.h"
#include "dict.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define SELF AS_SET(args[0])

// ---- construction ---------------------------------------------------------------

// Keyword arguments are refused unless a subclass defines its own __init__.
static int check_no_kwargs(GiltThread *ts, GiltType *cls, GiltType *base,
                           GiltTuple *kw) {
    if (!kw || !kw->len)
        return 0;
    GiltStr *init = GILT_NAME(ts, __init__);
    if (cls != base &&
        gilt_type_lookup(ts, cls, init) != gilt_type_lookup(ts, base, init))
        return 0;
    gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%s() takes no keyword arguments",
               gilt_type_cname(base));
    return -1;
}

static Value set_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltType *cls = AS_TYPE(args[0]);
    if (check_no_kwargs(ts, cls, GILT_TYPE(ts, SET), kw) < 0)
        return VAL_NULL;
    return gilt_set_from_iterable(ts, cls, VAL_NULL);
}

static Value set_init(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (kw && kw->len)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "set() takes no keyword arguments");
    if (nargs > 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%s expected at most 1 argument, got %d",
                          gilt_type_name(ts, args[0]), nargs - 1);
    GiltSet *s = SELF;
    if (s->fill)
        gilt_set_clear(ts, s);
    s->hash = -1;
    if (nargs == 2 && gilt_set_update(ts, s, args[1]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value frozenset_new(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    GiltType *cls = AS_TYPE(args[0]), *fs = GILT_TYPE(ts, FROZENSET);
    if (check_no_kwargs(ts, cls, fs, kw) < 0)
        return VAL_NULL;
    if (nargs > 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%s expected at most 1 argument, got %d",
                          gilt_type_cname(cls), nargs - 1);
    Value it = nargs == 2 ? args[1] : VAL_NULL;
    if (cls == fs && it && GILT_IS(ts, it, FROZENSET))
        return it;
    return gilt_set_from_iterable(ts, cls, it);
}

// ---- element methods ----------------------------------------------------------

static Value set_add(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_set_add(ts, SELF, args[1]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value set_discard_m(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    return gilt_set_discard(ts, SELF, args[1]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value set_remove(GiltThread *ts, Value *args, int nargs,
                        GiltTuple *kw) {
    int r = gilt_set_discard(ts, SELF, args[1]);
    if (r < 0)
        return VAL_NULL;
    if (r == 0)
        return gilt_raise_value(ts, GILT_EXC_KEY_ERROR, args[1]);
    return VAL_NONE;
}

static Value set_pop(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltSet *s = SELF;
    if (s->used == 0)
        return gilt_raise(ts, GILT_EXC_KEY_ERROR, "pop from an empty set");
    GiltSetEntry *e = s->table + (s->finger & s->mask);
    while (e->key == VAL_NULL || e->key == GILT_SET_DUMMY)
        if (++e > s->table + s->mask)
            e = s->table;
    Value key = e->key;
    e->key = GILT_SET_DUMMY;
    e->hash = -1;
    s->used--;
    s->finger = (size_t)(e - s->table) + 1;
    return key;
}

static Value set_clear_m(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    gilt_set_clear(ts, SELF);
    return VAL_NONE;
}

static Value set_copy_m(GiltThread *ts, Value *args, int nargs,
                        GiltTuple *kw) {
    return gilt_set_copy(ts, args[0]);
}

static Value frozenset_copy(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    if (GILT_IS(ts, args[0], FROZENSET))
        return args[0];
    return gilt_set_copy(ts, args[0]);
}

static Value set_contains_m(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    int r = gilt_set_contains(ts, SELF, args[1]);
    return r < 0 ? VAL_NULL : BOOL_VAL(r);
}

static Value set_len(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return INT_VAL((int64_t)SELF->used);
}

// ---- algebra ---------------------------------------------------------------------

static Value set_union_m(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    Value r = gilt_set_copy(ts, args[0]);
    if (!r)
        return VAL_NULL;
    gilt_gc_push_root(ts, r);
    for (int i = 1; i < nargs; i++)
        if (args[i] != args[0] && gilt_set_update(ts, AS_SET(r), args[i]) < 0)
            return VAL_NULL;
    return r;
}

static Value set_update_m(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    for (int i = 1; i < nargs; i++)
        if (gilt_set_update(ts, SELF, args[i]) < 0)
            return VAL_NULL;
    return VAL_NONE;
}

static Value intersection_multi(GiltThread *ts, Value *args, int nargs) {
    if (nargs == 1)
        return gilt_set_copy(ts, args[0]);
    Value r = args[0];
    size_t mark = gilt_gc_roots_mark(ts);
    for (int i = 1; i < nargs; i++) {
        r = gilt_set_intersection(ts, AS_SET(r), args[i]);
        if (!r)
            break;
        gilt_gc_push_root(ts, r);
    }
    gilt_gc_roots_restore(ts, mark);
    return r;
}

static Value set_intersection_m(GiltThread *ts, Value *args, int nargs,
                                GiltTuple *kw) {
    return intersection_multi(ts, args, nargs);
}

static Value set_intersection_update_m(GiltThread *ts, Value *args, int nargs,
                                       GiltTuple *kw) {
    Value r = intersection_multi(ts, args, nargs);
    if (!r)
        return VAL_NULL;
    gilt_set_swap_bodies(SELF, AS_SET(r));
    return VAL_NONE;
}

// s - other, CPython's set_difference: iterate s when other is a set or
// dict not much smaller, else copy s and remove other's items.
Value gilt_set_difference(GiltThread *ts, Value self, Value other) {
    GiltSet *s = AS_SET(self);
    size_t other_size;
    if (GILT_IS_ANYSET(ts, other))
        other_size = AS_SET(other)->used;
    else if (GILT_IS(ts, other, DICT))
        other_size = AS_DICT(other)->len;
    else
        other_size = SIZE_MAX;
    if (other_size == SIZE_MAX || (s->used >> 2) > other_size) {
        Value r = gilt_set_copy(ts, self);
        if (!r)
            return VAL_NULL;
        gilt_gc_push_root(ts, r);
        int rc = gilt_set_difference_update(ts, AS_SET(r), other);
        gilt_gc_pop_root(ts);
        return rc < 0 ? VAL_NULL : r;
    }
    Value r = gilt_set_from_iterable(ts, gilt_set_base_type(ts, self), VAL_NULL);
    if (!r)
        return VAL_NULL;
    gilt_gc_push_root(ts, r);
    Value k, dv;
    int64_t h;
    for (size_t pos = 0; gilt_set_next(s, &pos, &k, &h);) {
        int c = GILT_IS(ts, other, DICT)
                    ? gilt_dict_lookup_hashed(ts, AS_DICT(other), k, h, &dv)
                    : gilt_set_contains_hashed(ts, AS_SET(other), k, h);
        if (c < 0 || (!c && gilt_set_add_hashed(ts, AS_SET(r), k, h) < 0))
            return VAL_NULL;
    }
    gilt_gc_pop_root(ts);
    return r;
}

static Value set_difference_m(GiltThread *ts, Value *args, int nargs,
                              GiltTuple *kw) {
    if (nargs == 1)
        return gilt_set_copy(ts, args[0]);
    Value r = gilt_set_difference(ts, args[0], args[1]);
    if (!r)
        return VAL_NULL;
    gilt_gc_push_root(ts, r);
    for (int i = 2; i < nargs; i++)
        if (gilt_set_difference_update(ts, AS_SET(r), args[i]) < 0)
            return VAL_NULL;
    return r;
}

static Value set_difference_update_m(GiltThread *ts, Value *args, int nargs,
                                     GiltTuple *kw) {
    for (int i = 1; i < nargs; i++)
        if (gilt_set_difference_update(ts, SELF, args[i]) < 0)
            return VAL_NULL;
    return VAL_NONE;
}

Value gilt_set_symmetric_difference(GiltThread *ts, Value self,
                                    Value other) {
    Value r = gilt_set_from_iterable(ts, gilt_set_base_type(ts, self), other);
    if (!r)
        return VAL_NULL;
    gilt_gc_push_root(ts, r);
    int rc = gilt_set_symmetric_difference_update(ts, AS_SET(r), self);
    gilt_gc_pop_root(ts);
    return rc < 0 ? VAL_NULL : r;
}

static Value set_symmetric_difference_m(GiltThread *ts, Value *args,
                                        int nargs, GiltTuple *kw) {
    return gilt_set_symmetric_difference(ts, args[0], args[1]);
}

static Value set_symmetric_difference_update_m(GiltThread *ts, Value *args,
                                               int nargs, GiltTuple *kw) {
    if (gilt_set_symmetric_difference_update(ts, SELF, args[1]) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

// ---- subset tests ---------------------------------------------------------------

// Every item of s in the set o: 1, 0, -1.
static int all_in(GiltThread *ts, GiltSet *s, GiltSet *o) {
    if (s->used > o->used)
        return 0;
    Value k;
    int64_t h;
    for (size_t pos = 0; gilt_set_next(s, &pos, &k, &h);) {
        int c = gilt_set_contains_hashed(ts, o, k, h);
        if (c <= 0)
            return c;
    }
    return 1;
}

int gilt_set_issubset(GiltThread *ts, Value self, Value other) {
    if (GILT_IS_ANYSET(ts, other))
        return all_in(ts, AS_SET(self), AS_SET(other));
    Value tmp = gilt_set_intersection(ts, AS_SET(self), other);
    return tmp ? AS_SET(tmp)->used == AS_SET(self)->used : -1;
}

// Does [pred] hold for some (want 1) / every (want 0) item of iterable
// [other], as `item in s`? Returns the C truth of "found", -1 on error.
static int scan_iterable(GiltThread *ts, GiltSet *s, Value other, int want) {
    Value it = gilt_iter(ts, other);
    if (!it)
        return -1;
    gilt_gc_push_root(ts, it);
    Value k;
    int r = 0;
    while ((k = gilt_next(ts, it))) {
        int64_t h;
        gilt_gc_push_root(ts, k);
        int c = gilt_hash(ts, k, &h) < 0
                    ? -1
                    : gilt_set_contains_hashed(ts, s, k, h);
        gilt_gc_pop_root(ts);
        if (c < 0 || c == want) {
            r = c < 0 ? -1 : 1;
            break;
        }
    }
    gilt_gc_pop_root(ts);
    return ts->exc ? -1 : r;
}

int gilt_set_issuperset(GiltThread *ts, Value self, Value other) {
    if (GILT_IS_ANYSET(ts, other))
        return all_in(ts, AS_SET(other), AS_SET(self));
    int missing = scan_iterable(ts, AS_SET(self), other, 0);
    return missing < 0 ? -1 : !missing;
}

static Value bool_or_null(int r) {
    return r < 0 ? VAL_NULL : BOOL_VAL(r);
}

static Value set_issubset_m(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    return bool_or_null(gilt_set_issubset(ts, args[0], args[1]));
}

static Value set_issuperset_m(GiltThread *ts, Value *args, int nargs,
                              GiltTuple *kw) {
    return bool_or_null(gilt_set_issuperset(ts, args[0], args[1]));
}

static Value set_isdisjoint_m(GiltThread *ts, Value *args, int nargs,
                              GiltTuple *kw) {
    GiltSet *s = SELF;
    Value other = args[1];
    if (other == args[0])
        return BOOL_VAL(s->used == 0);
    if (GILT_IS(ts, other, SET) || GILT_IS(ts, other, FROZENSET)) {
        GiltSet *a = s, *b = AS_SET(other);
        if (b->used > a->used) {
            a = b;
            b = s;
        }
        Value k;
        int64_t h;
        for (size_t pos = 0; gilt_set_next(b, &pos, &k, &h);) {
            int c = gilt_set_contains_hashed(ts, a, k, h);
            if (c)
                return c < 0 ? VAL_NULL : VAL_FALSE;
        }
        return VAL_TRUE;
    }
    int found = scan_iterable(ts, s, other, 1);
    return found < 0 ? VAL_NULL : BOOL_VAL(!found);
}

// ---- method tables (set_type.c adds them to the types) ------------------------------

const GiltMethodDef gilt_set_methods[] = {
    {"__new__", set_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__init__", set_init, 0, -1, GILT_M_KW},
    {"add", set_add, 1, 1, 0},
    {"discard", set_discard_m, 1, 1, 0},
    {"remove", set_remove, 1, 1, 0},
    {"pop", set_pop, 0, 0, 0},
    {"clear", set_clear_m, 0, 0, 0},
    {"copy", set_copy_m, 0, 0, 0},
    {"update", set_update_m, 0, -1, 0},
    {"intersection_update", set_intersection_update_m, 0, -1, 0},
    {"difference_update", set_difference_update_m, 0, -1, 0},
    {"symmetric_difference_update", set_symmetric_difference_update_m, 1, 1,
     0},
    {NULL}};

const GiltMethodDef gilt_frozenset_methods[] = {
    {"__new__", frozenset_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"copy", frozenset_copy, 0, 0, 0},
    {NULL}};

// Methods of both types.
const GiltMethodDef gilt_anyset_methods[] = {
    {"union", set_union_m, 0, -1, 0},
    {"intersection", set_intersection_m, 0, -1, 0},
    {"difference", set_difference_m, 0, -1, 0},
    {"symmetric_difference", set_symmetric_difference_m, 1, 1, 0},
    {"issubset", set_issubset_m, 1, 1, 0},
    {"issuperset", set_issuperset_m, 1, 1, 0},
    {"isdisjoint", set_isdisjoint_m, 1, 1, 0},
    {"__contains__", set_contains_m, 1, 1, 0},
    {"__len__", set_len, 0, 0, 0},
    {NULL}};
