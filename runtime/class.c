/* class.c - The type `type`: calling types, creating classes (type.__new__
 * with __slots__, metaclasses, __set_name__, __init_subclass__), attribute
 * access on types, and the hooks that run a class's dunders.
 */
#include "type.h"

#include "../vm/frame.h"
#include "dict.h"
#include "func.h"
#include "list.h"
#include "str.h"
#include "suggest.h"
#include "tuple.h"

// A __slots__ entry: a Value field of the instance.
typedef struct GiltMemberDescr {
    GiltObject obj;
    GiltStr *name;
    GiltType *type;
    uint32_t offset; // in gilt_instance_dict_slot's convention
} GiltMemberDescr;

static Value *member_slot(GiltObject *o, uint32_t offset) {
    GiltType *solid = o->type->solid;
    return (Value *)((char *)gilt_instance_extras(o) + offset -
                     solid->basicsize);
}

// ---- calling a type --------------------------------------------------------------

static bool is_object_init(GiltThread *ts, Value f) {
    return f == gilt_type_lookup(ts, GILT_TYPE(ts, OBJECT),
                                 GILT_NAME(ts, __init__));
}

// The callable behind a __new__ entry (staticmethod unwrapped).
static Value unwrap_static(GiltThread *ts, Value f) {
    if (GILT_IS(ts, f, STATICMETHOD))
        return ((GiltWrapper *)AS_OBJ(f))->func;
    return f;
}

static bool is_object_new(GiltThread *ts, Value f) {
    return unwrap_static(ts, f) ==
           unwrap_static(ts, gilt_type_lookup(ts, GILT_TYPE(ts, OBJECT),
                                              GILT_NAME(ts, __new__)));
}

static Value run_init(GiltThread *ts, GiltType *t, Value obj, Value *args,
                      int nargs, GiltTuple *kw) {
    GiltType *ot = gilt_typeof(ts, obj);
    Value init = gilt_type_lookup(ts, ot, GILT_NAME(ts, __init__));
    if (!init || is_object_init(ts, init))
        return obj;
    gilt_gc_push_root(ts, obj);
    Value r = gilt_call_with_self(ts, init, obj, args, nargs, kw);
    gilt_gc_pop_root(ts);
    if (!r)
        return VAL_NULL;
    if (r != VAL_NONE)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "__init__() should return None, not '%T'", r);
    (void)t;
    return obj;
}

Value gilt_type_call(GiltThread *ts, Value callable, Value *args, int nargs,
                     GiltTuple *kw) {
    GiltType *t = AS_TYPE(callable);
    if (t == GILT_TYPE(ts, TYPE) && nargs == 1 && !kw)
        return OBJ_VAL(gilt_typeof(ts, args[0]));
    Value new = gilt_type_lookup(ts, t, GILT_NAME(ts, __new__));
    if (!new)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "cannot create '%s' instances", gilt_type_cname(t));
    new = unwrap_static(ts, new);
    if (is_object_new(ts, new)) {
        Value init = gilt_type_lookup(ts, t, GILT_NAME(ts, __init__));
        if ((nargs || (kw && kw->len)) && is_object_init(ts, init))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "%U() takes no arguments", t->name);
    }
    Value obj = gilt_call_with_self(ts, new, callable, args, nargs, kw);
    if (!obj || !gilt_isinstance_type(ts, obj, t))
        return obj;
    return run_init(ts, t, obj, args, nargs, kw);
}

// ---- attribute access on types ----------------------------------------------------

static bool is_data_descr(GiltThread *ts, Value v) {
    return gilt_typeof(ts, v)->descr_set != NULL;
}

Value gilt_type_getattr(GiltThread *ts, Value obj, GiltStr *name) {
    GiltType *t = AS_TYPE(obj), *meta = gilt_typeof(ts, obj);
    Value ma = gilt_type_lookup(ts, meta, name);
    GiltDescrGetFn mget = NULL;
    if (ma) {
        mget = gilt_typeof(ts, ma)->descr_get;
        if (mget && is_data_descr(ts, ma))
            return mget(ts, ma, obj, OBJ_VAL(meta));
    }
    Value a = gilt_type_lookup(ts, t, name);
    if (a) {
        GiltDescrGetFn get = gilt_typeof(ts, a)->descr_get;
        return get ? get(ts, a, VAL_NULL, obj) : a;
    }
    if (ma)
        return mget ? mget(ts, ma, obj, OBJ_VAL(meta)) : ma;
    gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR,
               "type object '%U' has no attribute '%U'", t->name, name);
    gilt_attribute_error_context(ts, obj, name);
    return VAL_NULL;
}

int gilt_type_setattr(GiltThread *ts, Value obj, GiltStr *name, Value v) {
    GiltType *t = AS_TYPE(obj), *meta = gilt_typeof(ts, obj);
    Value ma = gilt_type_lookup(ts, meta, name);
    if (ma && is_data_descr(ts, ma))
        return gilt_typeof(ts, ma)->descr_set(ts, ma, obj, v);
    if (!(t->flags & GILT_TF_HEAPTYPE)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "cannot set '%U' attribute of immutable type '%U'", name,
                   t->name);
        return -1;
    }
    int r;
    if (v) {
        r = gilt_dict_set_str(ts, t->dict, name, v);
    } else {
        r = gilt_dict_pop(ts, t->dict, OBJ_VAL(name), NULL);
        if (r == 0) {
            gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR,
                       "type object '%U' has no attribute '%U'", t->name, name);
            r = -1;
        }
    }
    if (r < 0)
        return -1;
    gilt_type_modified(ts, t);
    return 0;
}

// ---- class creation ------------------------------------------------------------------

GiltType *gilt_type_winner(GiltThread *ts, GiltType *meta, GiltTuple *bases) {
    GiltType *winner = meta;
    for (size_t i = 0; i < bases->len; i++) {
        GiltType *bt = gilt_typeof(ts, bases->items[i]);
        if (gilt_is_subtype(winner, bt))
            continue;
        if (gilt_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "metaclass conflict: the metaclass of a derived class must "
                   "be a (non-strict) subclass of the metaclasses of all its "
                   "bases");
        return NULL;
    }
    return winner;
}

// The type whose instance layout a class shares: its nearest builtin
// ancestor, or the nearest class that added named slots.
static GiltType *layout_base(GiltType *t) {
    while ((t->flags & GILT_TF_HEAPTYPE) && !(t->flags & GILT_TF_HAS_SLOTS))
        t = t->base;
    return t;
}

static int slot_names(GiltThread *ts, Value slots, GiltList **out);
static GiltStr *mangle(GiltThread *ts, GiltStr *cls, GiltStr *name);

// The named slots class [t] adds, mangled as its members are (NULL with
// no exception when its __slots__ is gone or bad).
static GiltList *added_slots(GiltThread *ts, GiltType *t) {
    Value slots = gilt_dict_get_str(ts, t->dict, GILT_NAME(ts, __slots__));
    GiltList *names, *out;
    // slot_names may iterate (run code) first; the rest only allocates.
    if (!slots || slot_names(ts, slots, &names) < 0 ||
        !(out = gilt_list_new(ts, 0))) {
        gilt_exc_clear(ts);
        return NULL;
    }
    for (size_t i = 0; i < names->len; i++) {
        GiltStr *n = AS_STR(names->items[i]);
        if (gilt_str_eq_cstr(n, "__dict__") || gilt_str_eq_cstr(n, "__weakref__"))
            continue;
        GiltStr *m = mangle(ts, t->name, n);
        if (!m || gilt_list_append(ts, out, OBJ_VAL(m)) < 0) {
            gilt_exc_clear(ts);
            return NULL;
        }
    }
    return out;
}

static bool same_slots_added(GiltThread *ts, GiltType *a, GiltType *b) {
    size_t mark = gilt_gc_roots_mark(ts);
    GiltList *sa = added_slots(ts, a);
    gilt_gc_push_root(ts, sa ? OBJ_VAL(sa) : VAL_NONE);
    GiltList *sb = added_slots(ts, b);
    bool same = sa && sb && sa->len == sb->len;
    for (size_t i = 0; same && i < sa->len; i++) {
        bool found = false;
        for (size_t j = 0; !found && j < sb->len; j++)
            found = sa->items[i] == sb->items[j]; // interned
        same = found;
    }
    gilt_gc_roots_restore(ts, mark);
    return same;
}

bool gilt_type_same_layout(GiltThread *ts, GiltType *a, GiltType *b) {
    if (a->solid != b->solid || a->basicsize != b->basicsize ||
        a->dict_offset != b->dict_offset)
        return false;
    GiltType *la = layout_base(a), *lb = layout_base(b);
    // Two classes that each added slots: the same names on the same base.
    return la == lb ||
           ((la->flags & GILT_TF_HEAPTYPE) && (lb->flags & GILT_TF_HEAPTYPE) &&
            la->base == lb->base && same_slots_added(ts, la, lb));
}

static GiltType *best_base(GiltThread *ts, GiltTuple *bases) {
    GiltType *best = NULL, *best_layout = NULL;
    for (size_t i = 0; i < bases->len; i++) {
        Value b = bases->items[i];
        if (!gilt_is_type(b)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR, "bases must be types");
            return NULL;
        }
        GiltType *bt = AS_TYPE(b);
        if (!(bt->flags & GILT_TF_BASETYPE)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "type '%U' is not an acceptable base type", bt->name);
            return NULL;
        }
        for (size_t j = 0; j < i; j++)
            if (bases->items[j] == b) {
                gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                           "duplicate base class %U", bt->name);
                return NULL;
            }
        GiltType *lb = layout_base(bt);
        if (!best || gilt_is_subtype(lb, best_layout)) {
            if (!best || lb != best_layout)
                best = bt;
            best_layout = lb;
        } else if (!gilt_is_subtype(best_layout, lb)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

// Apply the name mangling of private names (`__x` in class C -> `_C__x`).
static GiltStr *mangle(GiltThread *ts, GiltStr *cls, GiltStr *name) {
    if (name->size < 3 || memcmp(name->data, "__", 2) != 0 ||
        (name->data[name->size - 1] == '_' &&
         name->data[name->size - 2] == '_'))
        return name;
    const char *c = cls->data;
    while (*c == '_')
        c++;
    if (!*c)
        return name;
    Value m = gilt_str_printf(ts, "_%s%s", c, name->data);
    return m ? gilt_str_intern(ts, AS_STR(m)) : NULL;
}

static int add_member(GiltThread *ts, GiltType *t, GiltStr *name,
                      uint32_t offset) {
    GiltMemberDescr *m = gilt_gc_alloc(ts, GILT_TYPE(ts, MEMBER_DESCR),
                                       sizeof(GiltMemberDescr));
    if (!m)
        return -1;
    m->name = name;
    m->type = t;
    m->offset = offset;
    return gilt_dict_set_str(ts, t->dict, name, OBJ_VAL(m));
}

static int slot_names(GiltThread *ts, Value slots, GiltList **out);

static void sort_names(Value *v, size_t n) {
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && strcmp(AS_STR(v[j - 1])->data, AS_STR(v[j])->data) > 0;
             j--) {
            Value tmp = v[j];
            v[j] = v[j - 1];
            v[j - 1] = tmp;
        }
}

// Lay out the instance: inherited extras, then __slots__, then __dict__.
static int layout(GiltThread *ts, GiltType *t, GiltType *best) {
    GiltDict *ns = t->dict;
    Value slots = gilt_dict_get_str(ts, ns, GILT_NAME(ts, __slots__));
    uint32_t size = best->basicsize;
    t->dict_offset = best->dict_offset;
    bool want_dict = !slots;
    if (slots) {
        GiltList *names;
        if (slot_names(ts, slots, &names) < 0)
            return -1;
        gilt_gc_push_root(ts, OBJ_VAL(names));
        size_t nmembers = 0;
        for (size_t i = 0; i < names->len; i++) {
            GiltStr *n = AS_STR(names->items[i]);
            if (gilt_str_eq_cstr(n, "__dict__")) {
                want_dict = true;
                continue;
            }
            if (gilt_str_eq_cstr(n, "__weakref__"))
                continue;
            GiltStr *m = mangle(ts, t->name, n);
            if (!m || gilt_dict_get_str(ts, ns, m)) {
                if (m)
                    gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                               "'%U' in __slots__ conflicts with class variable",
                               n);
                return -1;
            }
            names->items[nmembers++] = OBJ_VAL(m);
        }
        // Members are laid out in sorted order, as CPython does, so that
        // classes with the same slots are __class__-compatible.
        sort_names(names->items, nmembers);
        for (size_t i = 0; i < nmembers; i++) {
            if (add_member(ts, t, AS_STR(names->items[i]), size) < 0)
                return -1;
            size += sizeof(Value);
            t->flags |= GILT_TF_HAS_SLOTS;
        }
        gilt_gc_pop_root(ts);
    }
    if (want_dict && !t->dict_offset) {
        t->dict_offset = size;
        size += sizeof(Value);
    }
    t->basicsize = size;
    return 0;
}

static int slot_names(GiltThread *ts, Value slots, GiltList **out) {
    Value seq;
    if (GILT_IS_SUB(ts, slots, GILT_TF_STR_SUB)) {
        GiltList *l = gilt_list_from(ts, &slots, 1);
        seq = l ? OBJ_VAL(l) : VAL_NULL;
    } else {
        seq = gilt_list_from_iterable(ts, slots);
    }
    if (!seq)
        return -1;
    GiltList *l = AS_LIST(seq);
    for (size_t i = 0; i < l->len; i++) {
        if (!GILT_IS_SUB(ts, l->items[i], GILT_TF_STR_SUB)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "__slots__ items must be strings, not '%T'",
                       l->items[i]);
            return -1;
        }
        GiltStr *n = gilt_str_intern(ts, AS_STR(l->items[i]));
        if (!n)
            return -1;
        l->items[i] = OBJ_VAL(n);
    }
    *out = l;
    return 0;
}

// __new__ becomes a staticmethod, __init_subclass__ and
// __class_getitem__ classmethods; __eq__ without __hash__ makes the class
// unhashable; __doc__ defaults to None.
static int fix_special_entries(GiltThread *ts, GiltType *t) {
    GiltDict *d = t->dict;
    GiltNames *n = &ts->vm->names;
    struct {
        GiltStr *name;
        GiltTypeId wrap;
    } fix[] = {{n->__new__, GILT_T_STATICMETHOD},
               {n->__init_subclass__, GILT_T_CLASSMETHOD},
               {n->__class_getitem__, GILT_T_CLASSMETHOD}};
    for (size_t i = 0; i < sizeof fix / sizeof fix[0]; i++) {
        Value f = gilt_dict_get_str(ts, d, fix[i].name);
        if (!f || !GILT_IS(ts, f, FUNCTION))
            continue;
        GiltWrapper *w = gilt_gc_alloc(ts, ts->vm->types[fix[i].wrap],
                                       sizeof(GiltWrapper));
        if (!w)
            return -1;
        w->func = f;
        if (gilt_dict_set_str(ts, d, fix[i].name, OBJ_VAL(w)) < 0)
            return -1;
    }
    if (gilt_dict_get_str(ts, d, n->__eq__) &&
        !gilt_dict_get_str(ts, d, n->__hash__) &&
        gilt_dict_set_str(ts, d, n->__hash__, VAL_NONE) < 0)
        return -1;
    if (!gilt_dict_get_str(ts, d, n->__doc__) &&
        gilt_dict_set_str(ts, d, n->__doc__, VAL_NONE) < 0)
        return -1;
    return 0;
}

static int set_module_and_qualname(GiltThread *ts, GiltType *t) {
    GiltDict *d = t->dict;
    GiltNames *n = &ts->vm->names;
    Value q = VAL_NULL;
    if (gilt_dict_pop(ts, d, OBJ_VAL(n->__qualname__), &q) < 0)
        return -1;
    if (q) {
        if (!GILT_IS_SUB(ts, q, GILT_TF_STR_SUB)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "type __qualname__ must be a str, not %T", q);
            return -1;
        }
        t->qualname = AS_STR(q);
    }
    if (gilt_dict_get_str(ts, d, n->__module__) || !ts->frame)
        return 0;
    Value mod = gilt_dict_get_str(ts, ts->frame->globals, n->__name__);
    return mod ? gilt_dict_set_str(ts, d, n->__module__, mod) : 0;
}

static int register_class(GiltThread *ts, GiltType *t) {
    GiltVM *vm = ts->vm;
    for (size_t i = 0; i < t->bases->len; i++)
        if (gilt_type_add_subclass(ts, AS_TYPE(t->bases->items[i]), t) < 0)
            return -1;
    if (vm->nheap_types == vm->heap_types_cap) {
        size_t cap = vm->heap_types_cap ? vm->heap_types_cap * 2 : 64;
        GiltType **a = realloc(vm->heap_types, cap * sizeof *a);
        if (!a) {
            gilt_raise_nomem(ts);
            return -1;
        }
        vm->heap_types = a;
        vm->heap_types_cap = cap;
    }
    vm->heap_types[vm->nheap_types++] = t;
    return 0;
}

static int build_type(GiltThread *ts, GiltType *t, GiltStr *name,
                      GiltTuple *bases, GiltDict *ns) {
    GiltType *best = best_base(ts, bases);
    if (!best)
        return -1;
    t->name = t->qualname = name;
    t->bases = bases;
    t->base = best;
    t->solid = best->solid;
    t->id = GILT_T__COUNT;
    t->flags = GILT_TF_HEAPTYPE | GILT_TF_BASETYPE;
    for (size_t i = 0; i < bases->len; i++)
        t->flags |= AS_TYPE(bases->items[i])->flags &
                    ~(GILT_TF_HEAPTYPE | GILT_TF_HAS_SLOTS | GILT_TF_ABSTRACT);
    if (!(t->dict = gilt_dict_copy(ts, ns)))
        return -1;
    if (set_module_and_qualname(ts, t) < 0 || layout(ts, t, best) < 0 ||
        fix_special_entries(ts, t) < 0)
        return -1;
    if (!(t->mro = gilt_type_compute_mro(ts, t, bases)))
        return -1;
    t->varsize = best->varsize;
    gilt_type_new_version(ts->vm, t);
    gilt_type_update_hooks(ts, t);
    return register_class(ts, t);
}

// Call __set_name__ on every attribute that has one.
static int set_names(GiltThread *ts, GiltType *t) {
    GiltDict *copy = gilt_dict_copy(ts, t->dict);
    if (!copy)
        return -1;
    gilt_gc_push_root(ts, OBJ_VAL(copy));
    size_t pos = 0;
    Value k, v;
    int r = 0;
    while (r == 0 && gilt_dict_next(copy, &pos, &k, &v)) {
        bool found;
        Value args[2] = {OBJ_VAL(t), k};
        Value res = gilt_call_dunder(ts, v, GILT_NAME(ts, __set_name__), args,
                                     2, &found);
        if (found && !res)
            r = -1;
    }
    gilt_gc_pop_root(ts);
    return r;
}

// super(t, t).__init_subclass__(**kw)
static int init_subclass(GiltThread *ts, GiltType *t, Value *kwvals,
                         GiltTuple *kwnames) {
    GiltTuple *mro = t->mro;
    for (size_t i = 1; i < mro->len; i++) {
        GiltType *b = AS_TYPE(mro->items[i]);
        Value f = gilt_dict_get_str(ts, b->dict, GILT_NAME(ts, __init_subclass__));
        if (!f)
            continue;
        GiltDescrGetFn get = gilt_typeof(ts, f)->descr_get;
        Value bound = get ? get(ts, f, OBJ_VAL(t), OBJ_VAL(t)) : f;
        if (!bound)
            return -1;
        gilt_gc_push_root(ts, bound);
        Value r = gilt_call(ts, bound, kwvals, 0, kwnames);
        gilt_gc_pop_root(ts);
        return r ? 0 : -1;
    }
    return 0;
}

static Value new_class(GiltThread *ts, GiltType *meta, GiltStr *name,
                       GiltTuple *bases, GiltDict *ns, Value *kwvals,
                       GiltTuple *kwnames) {
    if (bases->len == 0) {
        Value obj = OBJ_VAL(GILT_TYPE(ts, OBJECT));
        if (!(bases = gilt_tuple_from(ts, &obj, 1)))
            return VAL_NULL;
    }
    GiltType *t = gilt_gc_alloc(ts, meta, meta->basicsize);
    if (!t)
        return VAL_NULL;
    size_t mark = gilt_gc_roots_mark(ts);
    gilt_gc_push_root(ts, OBJ_VAL(t));
    gilt_gc_push_root(ts, OBJ_VAL(bases));
    Value r = VAL_NULL;
    if (build_type(ts, t, name, bases, ns) == 0 && set_names(ts, t) == 0 &&
        init_subclass(ts, t, kwvals, kwnames) == 0)
        r = OBJ_VAL(t);
    gilt_gc_roots_restore(ts, mark);
    return r;
}

Value gilt_type_new_class(GiltThread *ts, GiltType *meta, GiltStr *name,
                          GiltTuple *bases, GiltDict *ns) {
    return new_class(ts, meta, name, bases, ns, NULL, NULL);
}

// type.__new__(meta, name, bases, ns, **kw), or type.__new__(type, x).
static Value type_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (!gilt_is_type(args[0]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "type.__new__(X): X is not a type object (%T)",
                          args[0]);
    GiltType *meta = AS_TYPE(args[0]);
    if (nargs == 2 && (!kw || !kw->len))
        return OBJ_VAL(gilt_typeof(ts, args[1]));
    if (nargs != 4)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "type() takes 1 or 3 arguments");
    static const uint32_t need[] = {GILT_TF_STR_SUB, GILT_TF_TUPLE_SUB,
                                    GILT_TF_DICT_SUB};
    static const char *const names[] = {"str", "tuple", "dict"};
    for (int i = 0; i < 3; i++)
        if (!GILT_IS_SUB(ts, args[i + 1], need[i]))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "type.__new__() argument %d must be %s, not %T",
                              i + 1, names[i], args[i + 1]);
    GiltTuple *bases = AS_TUPLE(args[2]);
    GiltType *winner = gilt_type_winner(ts, meta, bases);
    if (!winner)
        return VAL_NULL;
    if (winner != meta) {
        Value wn = gilt_type_lookup(ts, winner, GILT_NAME(ts, __new__));
        if (wn && unwrap_static(ts, wn) != unwrap_static(
                      ts, gilt_type_lookup(ts, GILT_TYPE(ts, TYPE),
                                           GILT_NAME(ts, __new__))))
            return gilt_call_with_self(ts, unwrap_static(ts, wn),
                                       OBJ_VAL(winner), args + 1, nargs - 1,
                                       kw);
        meta = winner;
    }
    GiltStr *name = gilt_str_intern(ts, AS_STR(args[1]));
    if (!name)
        return VAL_NULL;
    return new_class(ts, meta, name, bases, AS_DICT(args[3]), args + nargs,
                     kw);
}

static Value type_init(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)kw;
    if (nargs != 2 && nargs != 4)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "type.__init__() takes 1 or 3 arguments");
    return VAL_NONE;
}

// ---- type's methods and attributes --------------------------------------------------

static Value type_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltType *t = AS_TYPE(args[0]);
    Value mod = gilt_dict_get_str(ts, t->dict, GILT_NAME(ts, __module__));
    if (mod && GILT_IS(ts, mod, STR) && !gilt_str_eq_cstr(AS_STR(mod), "builtins"))
        return gilt_str_printf(ts, "<class '%s.%s'>", AS_STR(mod)->data,
                               t->qualname->data);
    return gilt_str_printf(ts, "<class '%s'>", t->qualname->data);
}

static Value type_mro(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltTuple *m = AS_TYPE(args[0])->mro;
    GiltList *l = gilt_list_from(ts, m->items, m->len);
    return l ? OBJ_VAL(l) : VAL_NULL;
}

static Value type_subclasses(GiltThread *ts, Value *args, int nargs,
                             GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltType *t = AS_TYPE(args[0]);
    GiltList *l = gilt_list_new(ts, t->nsubclasses);
    if (!l)
        return VAL_NULL;
    for (uint32_t i = 0; i < t->nsubclasses; i++)
        l->items[l->len++] = OBJ_VAL(t->subclasses[i]);
    return OBJ_VAL(l);
}

static Value type_instancecheck(GiltThread *ts, Value *args, int nargs,
                                GiltTuple *kw) {
    (void)nargs, (void)kw;
    return BOOL_VAL(gilt_isinstance_type(ts, args[1], AS_TYPE(args[0])));
}

static Value type_subclasscheck(GiltThread *ts, Value *args, int nargs,
                                GiltTuple *kw) {
    (void)nargs, (void)kw;
    if (!gilt_is_type(args[1]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "issubclass() arg 1 must be a class");
    return BOOL_VAL(gilt_is_subtype(AS_TYPE(args[1]), AS_TYPE(args[0])));
}

static Value type_prepare(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    (void)args, (void)nargs, (void)kw;
    GiltDict *d = gilt_dict_new(ts);
    return d ? OBJ_VAL(d) : VAL_NULL;
}

static Value type_dir(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltDict *seen = gilt_dict_new(ts);
    if (!seen)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(seen));
    GiltTuple *mro = AS_TYPE(args[0])->mro;
    for (size_t i = 0; i < mro->len; i++)
        if (gilt_dict_merge(ts, seen, AS_TYPE(mro->items[i])->dict, false) < 0)
            return VAL_NULL;
    return gilt_list_from_iterable(ts, OBJ_VAL(seen));
}

static const GiltMethodDef type_methods[] = {
    {"__new__", type_new, 1, -1, GILT_M_STATIC | GILT_M_KW},
    {"__init__", type_init, 0, -1, GILT_M_KW},
    {"__repr__", type_repr, 0, 0, 0},
    {"mro", type_mro, 0, 0, 0},
    {"__subclasses__", type_subclasses, 0, 0, 0},
    {"__instancecheck__", type_instancecheck, 1, 1, 0},
    {"__subclasscheck__", type_subclasscheck, 1, 1, 0},
    {"__prepare__", type_prepare, 0, -1, GILT_M_CLASS | GILT_M_KW},
    {"__dir__", type_dir, 0, 0, 0},
    {NULL}};

static Value get_name(GiltThread *ts, Value self) {
    (void)ts;
    return OBJ_VAL(AS_TYPE(self)->name);
}

static Value get_qualname(GiltThread *ts, Value self) {
    (void)ts;
    return OBJ_VAL(AS_TYPE(self)->qualname);
}

static int check_settable(GiltThread *ts, GiltType *t, const char *what,
                          Value v) {
    if (!(t->flags & GILT_TF_HEAPTYPE)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "cannot set '%s' attribute of immutable type '%U'", what,
                   t->name);
        return -1;
    }
    if (!v) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "cannot delete '%s' attribute", what);
        return -1;
    }
    if (!GILT_IS_SUB(ts, v, GILT_TF_STR_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "can only assign string to %U.%s, not '%T'", t->name, what,
                   v);
        return -1;
    }
    return 0;
}

static int set_name(GiltThread *ts, Value self, Value v) {
    GiltType *t = AS_TYPE(self);
    if (check_settable(ts, t, "__name__", v) < 0)
        return -1;
    GiltStr *n = gilt_str_intern(ts, AS_STR(v));
    if (!n)
        return -1;
    t->name = n;
    return 0;
}

static int set_qualname(GiltThread *ts, Value self, Value v) {
    GiltType *t = AS_TYPE(self);
    if (check_settable(ts, t, "__qualname__", v) < 0)
        return -1;
    t->qualname = AS_STR(v);
    return 0;
}

static Value get_module(GiltThread *ts, Value self) {
    Value m = gilt_dict_get_str(ts, AS_TYPE(self)->dict, GILT_NAME(ts, __module__));
    return m ? m : gilt_str_from_cstr(ts, "builtins");
}

static int set_module(GiltThread *ts, Value self, Value v) {
    GiltType *t = AS_TYPE(self);
    if (!(t->flags & GILT_TF_HEAPTYPE) || !v)
        return check_settable(ts, t, "__module__", v);
    if (gilt_dict_set_str(ts, t->dict, GILT_NAME(ts, __module__), v) < 0)
        return -1;
    gilt_type_modified(ts, t);
    return 0;
}

static Value get_bases(GiltThread *ts, Value self) {
    (void)ts;
    return OBJ_VAL(AS_TYPE(self)->bases);
}

static void remove_subclass(GiltType *base, GiltType *sub) {
    for (uint32_t i = 0; i < base->nsubclasses; i++)
        if (base->subclasses[i] == sub) {
            base->subclasses[i] = base->subclasses[--base->nsubclasses];
            return;
        }
}

// Recompute the MRO of [t] and of every class below it.
static int refresh_mros(GiltThread *ts, GiltType *t) {
    GiltTuple *mro = gilt_type_compute_mro(ts, t, t->bases);
    if (!mro)
        return -1;
    t->mro = mro;
    for (uint32_t i = 0; i < t->nsubclasses; i++)
        if (refresh_mros(ts, t->subclasses[i]) < 0)
            return -1;
    return 0;
}

static int check_new_bases(GiltThread *ts, GiltType *t, Value v) {
    if (!GILT_IS_SUB(ts, v, GILT_TF_TUPLE_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "can only assign tuple to %U.__bases__, not %T", t->name, v);
        return -1;
    }
    GiltTuple *b = AS_TUPLE(v);
    if (!b->len) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "can only assign non-empty tuple to %U.__bases__, not ()",
                   t->name);
        return -1;
    }
    for (size_t i = 0; i < b->len; i++) {
        if (!gilt_is_type(b->items[i])) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "%U.__bases__ must be tuple of classes, not '%T'",
                       t->name, b->items[i]);
            return -1;
        }
        if (gilt_is_subtype(AS_TYPE(b->items[i]), t)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    return 0;
}

static int set_bases(GiltThread *ts, Value self, Value v) {
    GiltType *t = AS_TYPE(self);
    if (!(t->flags & GILT_TF_HEAPTYPE) || !v) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   v ? "cannot set '__bases__' attribute of immutable type '%U'"
                     : "cannot delete '__bases__' attribute",
                   t->name);
        return -1;
    }
    if (check_new_bases(ts, t, v) < 0)
        return -1;
    GiltTuple *bases = AS_TUPLE(v), *old_bases = t->bases;
    GiltType *best = best_base(ts, bases), *old_base = t->base;
    if (!best)
        return -1;
    if (layout_base(best) != layout_base(old_base)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "__bases__ assignment: '%U' object layout differs from '%U'",
                   best->name, old_base->name);
        return -1;
    }
    t->bases = bases;
    t->base = best;
    if (refresh_mros(ts, t) < 0) {
        t->bases = old_bases;
        t->base = old_base;
        refresh_mros(ts, t);
        return -1;
    }
    for (size_t i = 0; i < old_bases->len; i++)
        remove_subclass(AS_TYPE(old_bases->items[i]), t);
    for (size_t i = 0; i < bases->len; i++)
        if (gilt_type_add_subclass(ts, AS_TYPE(bases->items[i]), t) < 0)
            return -1;
    gilt_type_modified(ts, t);
    return 0;
}

static Value get_base(GiltThread *ts, Value self) {
    (void)ts;
    GiltType *b = AS_TYPE(self)->base;
    return b ? OBJ_VAL(b) : VAL_NONE;
}

static Value get_mro(GiltThread *ts, Value self) {
    (void)ts;
    return OBJ_VAL(AS_TYPE(self)->mro);
}

static Value get_dict(GiltThread *ts, Value self) {
    return gilt_mappingproxy_new(ts, OBJ_VAL(AS_TYPE(self)->dict));
}

static Value get_doc(GiltThread *ts, Value self) {
    GiltType *t = AS_TYPE(self);
    Value d = gilt_dict_get_str(ts, t->dict, GILT_NAME(ts, __doc__));
    if (d) {
        GiltDescrGetFn get = gilt_typeof(ts, d)->descr_get;
        return get ? get(ts, d, VAL_NULL, self) : d;
    }
    return t->doc ? t->doc : VAL_NONE;
}

// Classes' docstrings are writable (dataclasses sets one), as __module__.
static int set_doc(GiltThread *ts, Value self, Value v) {
    GiltType *t = AS_TYPE(self);
    if (!(t->flags & GILT_TF_HEAPTYPE) || !v)
        return check_settable(ts, t, "__doc__", v);
    if (gilt_dict_set_str(ts, t->dict, GILT_NAME(ts, __doc__), v) < 0)
        return -1;
    gilt_type_modified(ts, t);
    return 0;
}

static const GiltGetSetDef type_getsets[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"__module__", get_module, set_module},
    {"__bases__", get_bases, set_bases},
    {"__base__", get_base, NULL},
    {"__mro__", get_mro, NULL},
    {"__dict__", get_dict, NULL},
    {"__doc__", get_doc, set_doc},
    {NULL}};

static void type_trace(GiltGC *gc, GiltObject *o) {
    GiltType *t = (GiltType *)o;
    gilt_gc_mark_obj(gc, (GiltObject *)t->name);
    gilt_gc_mark_obj(gc, (GiltObject *)t->qualname);
    gilt_gc_mark_obj(gc, (GiltObject *)t->base);
    gilt_gc_mark_obj(gc, (GiltObject *)t->bases);
    gilt_gc_mark_obj(gc, (GiltObject *)t->mro);
    gilt_gc_mark_obj(gc, (GiltObject *)t->dict);
    gilt_gc_mark_obj(gc, (GiltObject *)t->solid);
    gilt_gc_mark(gc, t->doc);
}

static void type_free(GiltVM *vm, GiltObject *o) {
    (void)vm;
    GiltType *t = (GiltType *)o;
    free(t->subclasses);
    t->subclasses = NULL;
}

// ---- member descriptors (__slots__) ------------------------------------------------

static bool member_check(GiltThread *ts, GiltMemberDescr *m, Value obj) {
    if (gilt_isinstance_type(ts, obj, m->type))
        return true;
    gilt_raise(ts, GILT_EXC_TYPE_ERROR,
               "descriptor '%U' for '%U' objects doesn't apply to a '%T' object",
               m->name, m->type->name, obj);
    return false;
}

static Value member_get(GiltThread *ts, Value descr, Value obj, Value type) {
    (void)type;
    GiltMemberDescr *m = (GiltMemberDescr *)AS_OBJ(descr);
    if (!obj)
        return descr;
    if (!member_check(ts, m, obj))
        return VAL_NULL;
    Value v = *member_slot(AS_OBJ(obj), m->offset);
    if (!v)
        return gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR,
                          "'%U' object has no attribute '%U'",
                          gilt_typeof(ts, obj)->name, m->name);
    return v;
}

static int member_set(GiltThread *ts, Value descr, Value obj, Value v) {
    GiltMemberDescr *m = (GiltMemberDescr *)AS_OBJ(descr);
    if (!member_check(ts, m, obj))
        return -1;
    Value *slot = member_slot(AS_OBJ(obj), m->offset);
    if (!v && !*slot) {
        // CPython's member_set says only the name.
        gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR, "%U", m->name);
        return -1;
    }
    *slot = v;
    return 0;
}

static void member_trace(GiltGC *gc, GiltObject *o) {
    GiltMemberDescr *m = (GiltMemberDescr *)o;
    gilt_gc_mark_obj(gc, (GiltObject *)m->name);
    gilt_gc_mark_obj(gc, (GiltObject *)m->type);
}

static Value member_repr(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltMemberDescr *m = (GiltMemberDescr *)AS_OBJ(args[0]);
    return gilt_str_printf(ts, "<member '%s' of '%s' objects>", m->name->data,
                           m->type->name->data);
}

static const GiltMethodDef member_methods[] = {
    {"__repr__", member_repr, 0, 0, 0}, {NULL}};

static Value member_get_name(GiltThread *ts, Value self) {
    (void)ts;
    return OBJ_VAL(((GiltMemberDescr *)AS_OBJ(self))->name);
}

static Value member_get_qualname(GiltThread *ts, Value self) {
    GiltMemberDescr *m = (GiltMemberDescr *)AS_OBJ(self);
    return gilt_str_printf(ts, "%s.%s", m->type->qualname->data, m->name->data);
}

static Value member_get_objclass(GiltThread *ts, Value self) {
    (void)ts;
    return OBJ_VAL(((GiltMemberDescr *)AS_OBJ(self))->type);
}

// Slots have no docstring.
static Value member_get_doc(GiltThread *ts, Value self) {
    (void)ts, (void)self;
    return VAL_NONE;
}

static const GiltGetSetDef member_getsets[] = {
    {"__name__", member_get_name, NULL},
    {"__qualname__", member_get_qualname, NULL},
    {"__objclass__", member_get_objclass, NULL},
    {"__doc__", member_get_doc, NULL},
    {NULL}};

// ---- hooks running a class's dunders ------------------------------------------------

Value gilt_slot_call(GiltThread *ts, Value callable, Value *args, int nargs,
                     GiltTuple *kw) {
    Value f = gilt_type_lookup(ts, gilt_typeof(ts, callable),
                               GILT_NAME(ts, __call__));
    if (!f)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "'%T' object is not callable", callable);
    return gilt_call_with_self(ts, f, callable, args, nargs, kw);
}

Value gilt_slot_iternext(GiltThread *ts, Value it) {
    Value f = gilt_type_lookup(ts, gilt_typeof(ts, it), GILT_NAME(ts, __next__));
    if (!f)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "'%T' object is not an iterator", it);
    Value r = gilt_call_with_self(ts, f, it, NULL, 0, NULL);
    if (!r && gilt_exc_matches(ts, GILT_EXC_STOP_ITERATION))
        gilt_exc_clear(ts);
    return r;
}

Value gilt_slot_getattr(GiltThread *ts, Value obj, GiltStr *name) {
    Value f = gilt_type_lookup(ts, gilt_typeof(ts, obj),
                               GILT_NAME(ts, __getattribute__));
    Value n = OBJ_VAL(name);
    return gilt_call_with_self(ts, f, obj, &n, 1, NULL);
}

int gilt_slot_setattr(GiltThread *ts, Value obj, GiltStr *name, Value v) {
    GiltType *t = gilt_typeof(ts, obj);
    Value args[2] = {OBJ_VAL(name), v};
    Value f = gilt_type_lookup(ts, t, v ? GILT_NAME(ts, __setattr__)
                                        : GILT_NAME(ts, __delattr__));
    Value r = gilt_call_with_self(ts, f, obj, args, v ? 2 : 1, NULL);
    return r ? 0 : -1;
}

Value gilt_slot_descr_get(GiltThread *ts, Value descr, Value obj, Value type) {
    Value f = gilt_type_lookup(ts, gilt_typeof(ts, descr), GILT_NAME(ts, __get__));
    Value args[2] = {obj ? obj : VAL_NONE, type ? type : VAL_NONE};
    return gilt_call_with_self(ts, f, descr, args, 2, NULL);
}

int gilt_slot_descr_set(GiltThread *ts, Value descr, Value obj, Value v) {
    GiltType *t = gilt_typeof(ts, descr);
    GiltStr *name = v ? GILT_NAME(ts, __set__) : GILT_NAME(ts, __delete__);
    Value f = gilt_type_lookup(ts, t, name);
    if (!f) {
        gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR, "%U", name);
        return -1;
    }
    Value args[2] = {obj, v};
    return gilt_call_with_self(ts, f, descr, args, v ? 2 : 1, NULL) ? 0 : -1;
}

// ---- registration ------------------------------------------------------------------

int gilt_type_init_types(GiltThread *ts) {
    static const GiltTypeSpec type_spec = {
        .name = "type",
        .base = GILT_T_OBJECT,
        .basicsize = sizeof(GiltType),
        .dict_offset = offsetof(GiltType, dict),
        .flags = GILT_TF_BASETYPE | GILT_TF_TYPE_SUB,
        .methods = type_methods,
        .getsets = type_getsets,
        .call = gilt_type_call,
        .getattr = gilt_type_getattr,
        .setattr = gilt_type_setattr,
        .trace = type_trace,
        .free = type_free,
    };
    static const GiltTypeSpec member_spec = {
        .name = "member_descriptor",
        .basicsize = sizeof(GiltMemberDescr),
        .methods = member_methods,
        .getsets = member_getsets,
        .descr_get = member_get,
        .descr_set = member_set,
        .trace = member_trace,
    };
    // object first: every other type's MRO ends with it (object.c).
    if (!gilt_type_from_spec(ts, gilt_object_spec(), GILT_T_OBJECT))
        return -1;
    if (!gilt_type_from_spec(ts, &type_spec, GILT_T_TYPE) ||
        !gilt_type_from_spec(ts, &member_spec, GILT_T_MEMBER_DESCR))
        return -1;
    return 0;
}
