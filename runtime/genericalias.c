/* genericalias.c - types.GenericAlias and types.UnionType.
 *
 * list[int] is a GenericAlias of origin list and args (int,): it prints
 * as the annotation reads, calls and forwards attributes to its origin,
 * takes part in class bases through __mro_entries__, and substitutes
 * type variables (anything with __typing_subst__, as typing.TypeVar) when
 * subscripted again. int | None is a UnionType whose args are flattened,
 * deduplicated and usable with isinstance().
 */
#include "genericalias.h"

#include "../vm/gc.h"
#include "dict.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

typedef struct {
    GiltObject obj;
    Value origin;      // GenericAlias only
    GiltTuple *args;
    GiltTuple *params; // computed on first use, or NULL
} Alias;

#define AS_ALIAS(v) ((Alias *)AS_OBJ(v))
#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

static bool is_alias(GiltThread *ts, Value v) {
    return GILT_IS(ts, v, GENERIC_ALIAS);
}

static bool is_union(GiltThread *ts, Value v) {
    return GILT_IS(ts, v, UNION_TYPE);
}

static GiltTuple *as_args(GiltThread *ts, Value v) {
    if (GILT_IS(ts, v, TUPLE))
        return AS_TUPLE(v);
    return gilt_tuple_from(ts, &v, 1);
}

Value gilt_generic_alias_new(GiltThread *ts, Value origin, Value args) {
    GiltTuple *t = as_args(ts, args);
    if (!t)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(t));
    Alias *a = gilt_gc_alloc(ts, GILT_TYPE(ts, GENERIC_ALIAS), sizeof(Alias));
    gilt_gc_pop_root(ts);
    if (!a)
        return VAL_NULL;
    a->origin = origin;
    a->args = t;
    return OBJ_VAL(a);
}

Value gilt_generic_class_getitem(ARGS) {
    return gilt_generic_alias_new(ts, args[0], args[1]);
}

// ---- repr -----------------------------------------------------------------------------

static Value opt_attr(GiltThread *ts, Value v, const char *name) {
    Value r = gilt_getattr_opt(ts, v, gilt_str_intern_cstr(ts, name));
    if (!r && ts->exc)
        gilt_exc_clear(ts);
    return r;
}

// type.__module__: the class's own __module__, "builtins" for builtins.
static Value type_module(GiltThread *ts, GiltType *t) {
    Value m = gilt_dict_get_str(ts, t->dict, GILT_NAME(ts, __module__));
    if (m && GILT_IS_SUB(ts, m, GILT_TF_STR_SUB))
        return m;
    return OBJ_VAL(gilt_str_intern_cstr(ts, "builtins"));
}

// One argument as an annotation shows it: int, mod.Class, ..., list[int].
static bool append_item(GiltThread *ts, GiltStrBuf *b, Value v, bool none_name) {
    if (v == VAL_ELLIPSIS)
        return gilt_strbuf_append_cstr(ts, b, "...");
    if (none_name && v == OBJ_VAL(GILT_TYPE(ts, NONE)))
        return gilt_strbuf_append_cstr(ts, b, "None");
    if (!gilt_is_type(v) && opt_attr(ts, v, "__origin__") && opt_attr(ts, v, "__args__"))
        return gilt_strbuf_append_repr(ts, b, v);
    // A class's own fields: attribute lookup on a class could find a
    // descriptor of its metaclass instead.
    Value q = gilt_is_type(v) ? OBJ_VAL(AS_TYPE(v)->qualname) : opt_attr(ts, v, "__qualname__");
    Value m = !q ? VAL_NULL : gilt_is_type(v) ? type_module(ts, AS_TYPE(v))
                                              : opt_attr(ts, v, "__module__");
    if (!q || !m || !GILT_IS_SUB(ts, q, GILT_TF_STR_SUB) ||
        !GILT_IS_SUB(ts, m, GILT_TF_STR_SUB))
        return gilt_strbuf_append_repr(ts, b, v);
    if (!gilt_str_eq_cstr(AS_STR(m), "builtins")) {
        gilt_strbuf_append_str(ts, b, AS_STR(m));
        gilt_strbuf_append_char(ts, b, '.');
    }
    return gilt_strbuf_append_str(ts, b, AS_STR(q));
}

static Value alias_repr(ARGS) {
    Alias *a = AS_ALIAS(args[0]);
    int rec = gilt_repr_enter(ts, args[0]);
    if (rec)
        return rec < 0 ? VAL_NULL : gilt_str_from_cstr(ts, "...");
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    bool ok = append_item(ts, &b, a->origin, false);
    gilt_strbuf_append_char(ts, &b, '[');
    for (size_t i = 0; ok && i < a->args->len; i++) {
        if (i)
            gilt_strbuf_append_cstr(ts, &b, ", ");
        ok = append_item(ts, &b, a->args->items[i], false);
    }
    if (a->args->len == 0)
        gilt_strbuf_append_cstr(ts, &b, "()");
    gilt_repr_leave(ts, args[0]);
    if (!ok) {
        gilt_strbuf_free(ts, &b);
        return VAL_NULL;
    }
    gilt_strbuf_append_char(ts, &b, ']');
    return gilt_strbuf_finish(ts, &b);
}

static Value union_repr(ARGS) {
    Alias *a = AS_ALIAS(args[0]);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    bool ok = true;
    for (size_t i = 0; ok && i < a->args->len; i++) {
        if (i)
            gilt_strbuf_append_cstr(ts, &b, " | ");
        ok = append_item(ts, &b, a->args->items[i], true);
    }
    if (!ok) {
        gilt_strbuf_free(ts, &b);
        return VAL_NULL;
    }
    return gilt_strbuf_finish(ts, &b);
}

// ---- parameters and substitution -------------------------------------------------

static bool is_typevar(GiltThread *ts, Value v) {
    return IS_OBJ(v) && !gilt_is_type(v) &&
           gilt_type_lookup(ts, gilt_typeof(ts, v),
                            gilt_str_intern_cstr(ts, "__typing_subst__"));
}

static int add_param(GiltThread *ts, GiltList *l, Value p) {
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i] == p)
            return 0;
    return gilt_list_append(ts, l, p);
}

static GiltTuple *parameters(GiltThread *ts, Alias *a) {
    if (a->params)
        return a->params;
    GiltList *l = gilt_list_new(ts, 0);
    if (!l)
        return NULL;
    gilt_gc_push_root(ts, OBJ_VAL(l));
    for (size_t i = 0; i < a->args->len; i++) {
        Value arg = a->args->items[i];
        if (is_typevar(ts, arg)) {
            if (add_param(ts, l, arg) < 0)
                return NULL;
            continue;
        }
        if (gilt_is_type(arg))
            continue;
        Value sub = opt_attr(ts, arg, "__parameters__");
        for (size_t k = 0; sub && GILT_IS(ts, sub, TUPLE) && k < AS_TUPLE(sub)->len; k++)
            if (add_param(ts, l, AS_TUPLE(sub)->items[k]) < 0)
                return NULL;
    }
    a->params = gilt_tuple_from(ts, l->items, l->len);
    gilt_gc_pop_root(ts);
    return a->params;
}

static Value get_parameters(GiltThread *ts, Value self) {
    GiltTuple *p = parameters(ts, AS_ALIAS(self));
    return p ? OBJ_VAL(p) : VAL_NULL;
}

// [arg] with the parameters [params] replaced by [subst].
static Value substitute(GiltThread *ts, Value arg, GiltTuple *params, GiltTuple *subst) {
    for (size_t i = 0; i < params->len; i++)
        if (params->items[i] == arg)
            return subst->items[i];
    if (gilt_is_type(arg))
        return arg;
    Value sub = opt_attr(ts, arg, "__parameters__");
    if (!sub || !GILT_IS(ts, sub, TUPLE) || AS_TUPLE(sub)->len == 0)
        return arg;
    GiltTuple *inner = AS_TUPLE(sub);
    GiltTuple *vals = gilt_tuple_new(ts, inner->len);
    if (!vals)
        return VAL_NULL;
    for (size_t k = 0; k < inner->len; k++)
        vals->items[k] = substitute(ts, inner->items[k], params, subst);
    gilt_gc_push_root(ts, OBJ_VAL(vals));
    Value r = gilt_getitem(ts, arg, inner->len == 1 ? vals->items[0] : OBJ_VAL(vals));
    gilt_gc_pop_root(ts);
    return r;
}

static Value alias_getitem(ARGS) {
    Alias *a = AS_ALIAS(args[0]);
    GiltTuple *params = parameters(ts, a);
    if (!params)
        return VAL_NULL;
    if (params->len == 0)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%R is not a generic class", args[0]);
    GiltTuple *subst = as_args(ts, args[1]);
    if (!subst)
        return VAL_NULL;
    if (subst->len != params->len)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "Too %s arguments for %R; actual %zu, expected %zu",
                          subst->len > params->len ? "many" : "few", args[0],
                          subst->len, params->len);
    gilt_gc_push_root(ts, OBJ_VAL(subst));
    GiltTuple *nargs_t = gilt_tuple_new(ts, a->args->len);
    if (!nargs_t)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(nargs_t));
    for (size_t i = 0; i < a->args->len; i++)
        if (!(nargs_t->items[i] = substitute(ts, a->args->items[i], params, subst)))
            return VAL_NULL;
    return gilt_generic_alias_new(ts, a->origin, OBJ_VAL(nargs_t));
}

// ---- the GenericAlias protocol ----------------------------------------------------------

static Value alias_new(ARGS) {
    if (nargs != 3)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "GenericAlias expected 2 arguments, got %d", nargs - 1);
    return gilt_generic_alias_new(ts, args[1], args[2]);
}

static Value alias_call(GiltThread *ts, Value self, Value *args, int nargs,
                        GiltTuple *kwnames) {
    Value r = gilt_call(ts, AS_ALIAS(self)->origin, args, nargs, kwnames);
    if (!r)
        return VAL_NULL;
    // CPython records the alias on the instance when it can.
    gilt_gc_push_root(ts, r);
    if (gilt_setattr(ts, r, gilt_str_intern_cstr(ts, "__orig_class__"), self) < 0)
        gilt_exc_clear(ts);
    gilt_gc_pop_root(ts);
    return r;
}

static const char *const attr_exceptions[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
    "__reduce__", "__copy__", "__deepcopy__", NULL};

static Value alias_getattr(GiltThread *ts, Value obj, GiltStr *name) {
    for (int i = 0; attr_exceptions[i]; i++)
        if (gilt_str_eq_cstr(name, attr_exceptions[i]))
            return gilt_generic_getattr(ts, obj, name);
    return gilt_getattr(ts, AS_ALIAS(obj)->origin, name);
}

static Value alias_mro_entries(ARGS) {
    return gilt_tuple_pack(ts, 1, AS_ALIAS(args[0])->origin);
}

static Value no_isinstance(ARGS) {
    return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                      "isinstance() argument 2 cannot be a parameterized generic");
}

static Value no_issubclass(ARGS) {
    return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                      "issubclass() argument 2 cannot be a parameterized generic");
}

static int args_eq(GiltThread *ts, GiltTuple *a, GiltTuple *b) {
    if (a->len != b->len)
        return 0;
    for (size_t i = 0; i < a->len; i++) {
        int eq = gilt_eq(ts, a->items[i], b->items[i]);
        if (eq <= 0)
            return eq;
    }
    return 1;
}

static Value alias_compare(GiltThread *ts, Value a, Value b, bool ne) {
    if (!is_alias(ts, b))
        return VAL_NOTIMPL;
    int eq = gilt_eq(ts, AS_ALIAS(a)->origin, AS_ALIAS(b)->origin);
    if (eq > 0)
        eq = args_eq(ts, AS_ALIAS(a)->args, AS_ALIAS(b)->args);
    return eq < 0 ? VAL_NULL : BOOL_VAL(ne ? !eq : eq);
}

static Value alias_eq(ARGS) {
    return alias_compare(ts, args[0], args[1], false);
}

static Value alias_ne(ARGS) {
    return alias_compare(ts, args[0], args[1], true);
}

static Value alias_hash(ARGS) {
    int64_t h1, h2;
    if (gilt_hash(ts, AS_ALIAS(args[0])->origin, &h1) < 0 ||
        gilt_hash(ts, OBJ_VAL(AS_ALIAS(args[0])->args), &h2) < 0)
        return VAL_NULL;
    int64_t h = h1 ^ h2;
    return INT_VAL(h == -1 ? -2 : (h >> 16));
}

static Value get_origin(GiltThread *ts, Value self) {
    return AS_ALIAS(self)->origin;
}

static Value get_args(GiltThread *ts, Value self) {
    return OBJ_VAL(AS_ALIAS(self)->args);
}

// ---- unions ---------------------------------------------------------------------------

static bool unionable(GiltThread *ts, Value v) {
    return v == VAL_NONE || gilt_is_type(v) || is_alias(ts, v) || is_union(ts, v);
}

// Append [v] (None as NoneType, a union's members one by one) unless an
// equal member is already there.
static int union_add(GiltThread *ts, GiltList *l, Value v) {
    if (is_union(ts, v)) {
        GiltTuple *t = AS_ALIAS(v)->args;
        for (size_t i = 0; i < t->len; i++)
            if (union_add(ts, l, t->items[i]) < 0)
                return -1;
        return 0;
    }
    if (v == VAL_NONE)
        v = OBJ_VAL(GILT_TYPE(ts, NONE));
    for (size_t i = 0; i < l->len; i++) {
        int eq = gilt_eq(ts, l->items[i], v);
        if (eq)
            return eq < 0 ? -1 : 0;
    }
    return gilt_list_append(ts, l, v);
}

Value gilt_union_new(GiltThread *ts, Value a, Value b) {
    if (!unionable(ts, a) || !unionable(ts, b))
        return VAL_NOTIMPL;
    GiltList *l = gilt_list_new(ts, 2);
    if (!l)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(l));
    Value r = VAL_NULL;
    if (union_add(ts, l, a) == 0 && union_add(ts, l, b) == 0) {
        if (l->len == 1) {
            r = l->items[0];
        } else {
            GiltTuple *t = gilt_tuple_from(ts, l->items, l->len);
            Alias *u = t ? gilt_gc_alloc(ts, GILT_TYPE(ts, UNION_TYPE), sizeof(Alias)) : NULL;
            if (u) {
                u->args = t;
                r = OBJ_VAL(u);
            }
        }
    }
    gilt_gc_pop_root(ts);
    return r;
}

static Value or_m(ARGS) {
    return gilt_union_new(ts, args[0], args[1]);
}

static Value ror_m(ARGS) {
    return gilt_union_new(ts, args[1], args[0]);
}

static Value union_check(GiltThread *ts, Value self, Value v, bool subclass) {
    GiltTuple *t = AS_ALIAS(self)->args;
    for (size_t i = 0; i < t->len; i++)
        if (is_alias(ts, t->items[i]))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "%s() argument 2 cannot contain a parameterized generic",
                              subclass ? "issubclass" : "isinstance");
    if (subclass && !gilt_is_type(v))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "issubclass() arg 1 must be a class");
    for (size_t i = 0; i < t->len; i++) {
        Value m = t->items[i];
        if (!gilt_is_type(m))
            continue;
        bool r = subclass ? gilt_is_subtype(AS_TYPE(v), AS_TYPE(m))
                          : gilt_isinstance_type(ts, v, AS_TYPE(m));
        if (r)
            return VAL_TRUE;
    }
    return VAL_FALSE;
}

static Value union_instancecheck(ARGS) {
    return union_check(ts, args[0], args[1], false);
}

static Value union_subclasscheck(ARGS) {
    return union_check(ts, args[0], args[1], true);
}

static Value union_eq_impl(GiltThread *ts, Value a, Value b, bool ne) {
    if (!is_union(ts, b))
        return VAL_NOTIMPL;
    GiltTuple *x = AS_ALIAS(a)->args, *y = AS_ALIAS(b)->args;
    int eq = x->len == y->len;
    for (size_t i = 0; eq > 0 && i < x->len; i++) {
        int found = 0;
        for (size_t k = 0; !found && k < y->len; k++)
            if ((found = gilt_eq(ts, x->items[i], y->items[k])) < 0)
                return VAL_NULL;
        eq = found;
    }
    return BOOL_VAL(ne ? !eq : eq);
}

static Value union_eq(ARGS) {
    return union_eq_impl(ts, args[0], args[1], false);
}

static Value union_ne(ARGS) {
    return union_eq_impl(ts, args[0], args[1], true);
}

static Value union_hash(ARGS) {
    GiltTuple *t = AS_ALIAS(args[0])->args;
    uint64_t h = 0x345678;
    for (size_t i = 0; i < t->len; i++) {
        int64_t x;
        if (gilt_hash(ts, t->items[i], &x) < 0)
            return VAL_NULL;
        h ^= (uint64_t)x * 0x9E3779B97F4A7C15u; // order-independent
    }
    return INT_VAL((int64_t)(h >> 17));
}

// ---- types ---------------------------------------------------------------------------

static void alias_trace(GiltGC *gc, GiltObject *o) {
    Alias *a = (Alias *)o;
    gilt_gc_mark(gc, a->origin);
    gilt_gc_mark_obj(gc, (GiltObject *)a->args);
    gilt_gc_mark_obj(gc, (GiltObject *)a->params);
}

static const GiltMethodDef alias_methods[] = {
    {"__new__", alias_new, 0, -1, GILT_M_STATIC},
    {"__repr__", alias_repr, 0, 0, 0},
    {"__getitem__", alias_getitem, 1, 1, 0},
    {"__mro_entries__", alias_mro_entries, 1, 1, 0},
    {"__instancecheck__", no_isinstance, 1, 1, 0},
    {"__subclasscheck__", no_issubclass, 1, 1, 0},
    {"__eq__", alias_eq, 1, 1, 0},
    {"__ne__", alias_ne, 1, 1, 0},
    {"__hash__", alias_hash, 0, 0, 0},
    {"__or__", or_m, 1, 1, 0},
    {"__ror__", ror_m, 1, 1, 0},
    {NULL}};

static const GiltGetSetDef alias_getsets[] = {
    {"__origin__", get_origin, NULL},
    {"__args__", get_args, NULL},
    {"__parameters__", get_parameters, NULL},
    {NULL}};

static const GiltMethodDef union_methods[] = {
    {"__repr__", union_repr, 0, 0, 0},
    {"__instancecheck__", union_instancecheck, 1, 1, 0},
    {"__subclasscheck__", union_subclasscheck, 1, 1, 0},
    {"__eq__", union_eq, 1, 1, 0},
    {"__ne__", union_ne, 1, 1, 0},
    {"__hash__", union_hash, 0, 0, 0},
    {"__or__", or_m, 1, 1, 0},
    {"__ror__", ror_m, 1, 1, 0},
    {NULL}};

static const GiltGetSetDef union_getsets[] = {
    {"__args__", get_args, NULL},
    {"__parameters__", get_parameters, NULL},
    {NULL}};

static const GiltMethodDef class_getitem[] = {
    {"__class_getitem__", gilt_generic_class_getitem, 1, 1, GILT_M_CLASS}, {NULL}};

static const GiltMethodDef type_or[] = {
    {"__or__", or_m, 1, 1, 0}, {"__ror__", ror_m, 1, 1, 0}, {NULL}};

int gilt_genericalias_init_types(GiltThread *ts) {
    static const GiltTypeSpec alias_spec = {
        .name = "GenericAlias", .module = "types", .basicsize = sizeof(Alias),
        .methods = alias_methods, .getsets = alias_getsets, .call = alias_call,
        .getattr = alias_getattr, .trace = alias_trace};
    static const GiltTypeSpec union_spec = {
        .name = "UnionType", .module = "types", .basicsize = sizeof(Alias),
        .methods = union_methods, .getsets = union_getsets, .trace = alias_trace};
    if (!gilt_type_from_spec(ts, &alias_spec, GILT_T_GENERIC_ALIAS) ||
        !gilt_type_from_spec(ts, &union_spec, GILT_T_UNION_TYPE))
        return -1;
    static const GiltTypeId generic[] = {GILT_T_LIST, GILT_T_DICT, GILT_T_TUPLE,
                                         GILT_T_SET, GILT_T_FROZENSET, GILT_T_TYPE,
                                         GILT_T_ENUMERATE};
    for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++)
        if (gilt_type_add_methods(ts, ts->vm->types[generic[i]], class_getitem) < 0)
            return -1;
    return gilt_type_add_methods(ts, GILT_TYPE(ts, TYPE), type_or);
}
