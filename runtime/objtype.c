/* objtype.c - The type `object` (root of every class) and the types of
 * the constants None, NotImplemented and Ellipsis.
 */
#include <stdio.h>

#include "../vm/gc.h"
#include "dict.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

// Instances of plain classes: the header, then the class's extra Values.
typedef struct GiltInstance {
    GiltObject obj;
} GiltInstance;

// TypeError if [t] has abstract methods left (abc.ABCMeta sets
// __abstractmethods__ on its classes). Only classes with a metaclass
// other than type can have them, which keeps the common path one compare.
static int check_abstract(GiltThread *ts, GiltType *t) {
    if (GILT_LIKELY(t->obj.type == GILT_TYPE(ts, TYPE)))
        return 0;
    Value am = gilt_type_lookup(ts, t, gilt_str_intern_cstr(ts, "__abstractmethods__"));
    if (!am || !IS_OBJ(am))
        return 0;
    GiltList *names = NULL;
    int64_t n = 0;
    if (gilt_len(ts, am, &n) < 0 || n == 0)
        return n == 0 ? 0 : -1;
    Value l = gilt_list_from_iterable(ts, am);
    if (!l)
        return -1;
    names = AS_LIST(l);
    gilt_gc_push_root(ts, l);
    int r = gilt_list_sort(ts, names, VAL_NULL, false);
    Value sep = r < 0 ? VAL_NULL : gilt_str_from_cstr(ts, ", ");
    Value joined = sep ? gilt_str_join(ts, AS_STR(sep), l) : VAL_NULL;
    gilt_gc_pop_root(ts);
    if (joined)
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "Can't instantiate abstract class %U with abstract method%s %U",
                   t->name, n > 1 ? "s" : "", AS_STR(joined));
    return -1;
}

static Value object_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    if (!gilt_is_type(args[0]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "object.__new__(X): X is not a type object (%T)",
                          args[0]);
    GiltType *t = AS_TYPE(args[0]);
    if (t->flags & GILT_TF_ABSTRACT)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "cannot create '%U' instances", t->name);
    if (check_abstract(ts, t) < 0)
        return VAL_NULL;
    if (t->solid != GILT_TYPE(ts, OBJECT))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "object.__new__(%U) is not safe, use %U.__new__()",
                          t->name, t->solid->name);
    GiltObject *o = gilt_alloc_instance(ts, t, sizeof(GiltInstance));
    return o ? OBJ_VAL(o) : VAL_NULL;
}

static Value object_init(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltType *t = gilt_typeof(ts, args[0]);
    if (nargs > 1 || (kw && kw->len)) {
        Value init = gilt_type_lookup(ts, t, GILT_NAME(ts, __init__));
        Value oinit = gilt_type_lookup(ts, GILT_TYPE(ts, OBJECT),
                                       GILT_NAME(ts, __init__));
        if (init != oinit)
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "object.__init__() takes exactly one argument "
                              "(the instance to initialize)");
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%U.__init__() takes exactly one argument (the "
                          "instance to initialize)",
                          t->name);
    }
    return VAL_NONE;
}

static Value object_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltType *t = gilt_typeof(ts, args[0]);
    Value mod = gilt_dict_get_str(ts, t->dict, GILT_NAME(ts, __module__));
    if (mod && GILT_IS(ts, mod, STR) &&
        !gilt_str_eq_cstr(AS_STR(mod), "builtins"))
        return gilt_str_printf(ts, "<%s.%s object at %p>", AS_STR(mod)->data,
                               t->qualname->data, (void *)AS_OBJ(args[0]));
    return gilt_str_printf(ts, "<%s object at %p>", t->qualname->data,
                           (void *)AS_OBJ(args[0]));
}

static Value object_str(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    return gilt_repr(ts, args[0]);
}

static Value object_hash(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)ts, (void)nargs, (void)kw;
    // CPython's pointer hash: the address rotated by 4 bits.
    uint64_t p = (uint64_t)args[0];
    int64_t h = (int64_t)((p >> 4) | (p << 60));
    if (h == -1)
        h = -2;
    return INT_VAL(h & GILT_SMALLINT_MAX);
}

static Value object_eq(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)ts, (void)nargs, (void)kw;
    return args[0] == args[1] ? VAL_TRUE : VAL_NOTIMPL;
}

static Value object_ne(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    // __ne__ inverts __eq__ unless __eq__ says NotImplemented.
    Value eq = gilt_type_lookup(ts, gilt_typeof(ts, args[0]), GILT_NAME(ts, __eq__));
    if (!eq)
        return VAL_NOTIMPL;
    Value r = gilt_call_with_self(ts, eq, args[0], &args[1], 1, NULL);
    if (!r || r == VAL_NOTIMPL)
        return r;
    int t = gilt_truthy(ts, r);
    return t < 0 ? VAL_NULL : BOOL_VAL(!t);
}

static Value object_notimpl(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    (void)ts, (void)args, (void)nargs, (void)kw;
    return VAL_NOTIMPL;
}

static Value object_format(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    (void)nargs, (void)kw;
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "format() argument 2 must be str, not %T", args[1]);
    if (AS_STR(args[1])->size)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "unsupported format string passed to %T.__format__",
                          args[0]);
    return gilt_str(ts, args[0]);
}

static Value object_init_subclass(GiltThread *ts, Value *args, int nargs,
                                  GiltTuple *kw) {
    (void)args, (void)nargs;
    if (kw && kw->len)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%U.__init_subclass__() takes no keyword arguments",
                          AS_TYPE(args[0])->name);
    return VAL_NONE;
}

static Value object_dir(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltDict *seen = gilt_dict_new(ts);
    if (!seen)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(seen));
    GiltDict *d = gilt_instance_dict(ts, args[0]);
    if (d && gilt_dict_merge(ts, seen, d, true) < 0)
        return VAL_NULL;
    GiltTuple *mro = gilt_typeof(ts, args[0])->mro;
    for (size_t i = 0; i < mro->len; i++)
        if (gilt_dict_merge(ts, seen, AS_TYPE(mro->items[i])->dict, false) < 0)
            return VAL_NULL;
    return gilt_list_from_iterable(ts, OBJ_VAL(seen));
}

static Value object_sizeof(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltType *t = gilt_typeof(ts, args[0]);
    return INT_VAL(IS_OBJ(args[0]) ? (int64_t)t->basicsize : 24);
}

static const GiltMethodDef object_methods[] = {
    {"__new__", object_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__init__", object_init, 0, -1, GILT_M_KW},
    {"__repr__", object_repr, 0, 0, 0},
    {"__str__", object_str, 0, 0, 0},
    {"__hash__", object_hash, 0, 0, 0},
    {"__eq__", object_eq, 1, 1, 0},
    {"__ne__", object_ne, 1, 1, 0},
    {"__lt__", object_notimpl, 1, 1, 0},
    {"__le__", object_notimpl, 1, 1, 0},
    {"__gt__", object_notimpl, 1, 1, 0},
    {"__ge__", object_notimpl, 1, 1, 0},
    {"__format__", object_format, 1, 1, 0},
    {"__init_subclass__", object_init_subclass, 0, 0,
     GILT_M_CLASS | GILT_M_KW},
    {"__subclasshook__", object_notimpl, 0, -1, GILT_M_CLASS},
    {"__dir__", object_dir, 0, 0, 0},
    {"__sizeof__", object_sizeof, 0, 0, 0},
    {NULL}};

static Value get_class(GiltThread *ts, Value self) {
    return OBJ_VAL(gilt_typeof(ts, self));
}

// CPython's object_set_class: builtin types are immutable, except that a
// module may change to a ModuleType subclass and back; layouts must match.
static int set_class(GiltThread *ts, Value self, Value v) {
    if (!v) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "can't delete __class__ attribute");
        return -1;
    }
    if (!gilt_is_type(v)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "__class__ must be set to a class, not '%T' object", v);
        return -1;
    }
    GiltType *old = gilt_typeof(ts, self), *new = AS_TYPE(v);
    GiltType *module = GILT_TYPE(ts, MODULE);
    bool modules = gilt_is_subtype(old, module) &&
                   gilt_is_subtype(new, module);
    if (!modules &&
        (!(old->flags & GILT_TF_HEAPTYPE) || !(new->flags & GILT_TF_HEAPTYPE))) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "__class__ assignment only supported for mutable types or "
                   "ModuleType subclasses");
        return -1;
    }
    if (!IS_OBJ(self) || !gilt_type_same_layout(ts, old, new)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "__class__ assignment: '%U' object layout differs from '%U'",
                   new->name, old->name);
        return -1;
    }
    AS_OBJ(self)->type = new;
    return 0;
}

static Value get_dict(GiltThread *ts, Value self) {
    GiltDict *d = gilt_instance_dict(ts, self);
    if (!d && !ts->exc)
        return gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR,
                          "'%T' object has no attribute '__dict__'", self);
    return d ? OBJ_VAL(d) : VAL_NULL;
}

static int set_dict(GiltThread *ts, Value self, Value v) {
    GiltDict **slot = IS_OBJ(self) ? gilt_instance_dict_slot(AS_OBJ(self)) : NULL;
    if (!slot) {
        gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR,
                   "'%T' object has no attribute '__dict__'", self);
        return -1;
    }
    if (!v || !GILT_IS_SUB(ts, v, GILT_TF_DICT_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "__dict__ must be set to a dictionary, not a '%T'",
                   v ? v : VAL_NONE);
        return -1;
    }
    *slot = AS_DICT(v);
    return 0;
}

static const GiltGetSetDef object_getsets[] = {
    {"__class__", get_class, set_class},
    {"__dict__", get_dict, set_dict},
    {NULL}};

static const GiltTypeSpec object_spec = {
    .name = "object",
    .doc = "The base class of the class hierarchy.",
    .basicsize = sizeof(GiltInstance),
    .flags = GILT_TF_BASETYPE,
    .methods = object_methods,
    .getsets = object_getsets,
};

const GiltTypeSpec *gilt_object_spec(void) {
    return &object_spec;
}

// ---- None, NotImplemented, Ellipsis -------------------------------------------------

static Value none_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    const char *s = args[0] == VAL_NONE      ? "None"
                    : args[0] == VAL_NOTIMPL ? "NotImplemented"
                                             : "Ellipsis";
    return gilt_str_from_cstr(ts, s);
}

static Value none_bool(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)ts, (void)nargs, (void)kw;
    return BOOL_VAL(args[0] != VAL_NONE);
}

static Value none_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)kw;
    GiltType *t = AS_TYPE(args[0]);
    if (nargs > 1)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%U takes no arguments",
                          t->name);
    if (t == GILT_TYPE(ts, NONE))
        return VAL_NONE;
    return t == GILT_TYPE(ts, NOTIMPL) ? VAL_NOTIMPL : VAL_ELLIPSIS;
}

static const GiltMethodDef none_methods[] = {
    {"__new__", none_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__repr__", none_repr, 0, 0, 0},
    {"__bool__", none_bool, 0, 0, 0},
    {NULL}};

int gilt_object_init_types(GiltThread *ts) {
    static const GiltTypeSpec specs[] = {
        {.name = "NoneType", .methods = none_methods},
        {.name = "NotImplementedType", .methods = none_methods},
        {.name = "ellipsis", .methods = none_methods},
    };
    GiltTypeId ids[] = {GILT_T_NONE, GILT_T_NOTIMPL, GILT_T_ELLIPSIS};
    for (int i = 0; i < 3; i++)
        if (!gilt_type_from_spec(ts, &specs[i], ids[i]))
            return -1;
    return 0;
}
