/* descr.c - The descriptor wrappers of the language: staticmethod,
 * classmethod and property.
 */
#include "../vm/gc.h"
#include "dict.h"
#include "func.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define AS_WRAPPER(v) ((GiltWrapper *)AS_OBJ(v))
#define AS_PROPERTY(v) ((GiltProperty *)AS_OBJ(v))

// ---- staticmethod / classmethod -------------------------------------------------------

static Value wrapper_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltWrapper *w = gilt_alloc_instance(ts, AS_TYPE(args[0]), sizeof(GiltWrapper));
    if (!w)
        return VAL_NULL;
    w->func = VAL_NONE;
    return OBJ_VAL(w);
}

// staticmethod(f) and classmethod(f) copy f's __name__, __doc__ ... like
// functools.wraps, as CPython 3.10+ does.
static Value wrapper_init(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    if (gilt_no_kwargs(ts, gilt_type_name(ts, args[0]), kw) < 0)
        return VAL_NULL;
    if (nargs != 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%s expected 1 argument, got %d",
                          gilt_type_name(ts, args[0]), nargs - 1);
    AS_WRAPPER(args[0])->func = args[1];
    return VAL_NONE;
}

static Value static_get(GiltThread *ts, Value descr, Value obj, Value type) {
    (void)ts, (void)obj, (void)type;
    return AS_WRAPPER(descr)->func;
}

static Value static_call(GiltThread *ts, Value callable, Value *args, int nargs,
                         GiltTuple *kw) {
    return gilt_call(ts, AS_WRAPPER(callable)->func, args, nargs, kw);
}

static Value class_get(GiltThread *ts, Value descr, Value obj, Value type) {
    if (!type || type == VAL_NONE)
        type = OBJ_VAL(gilt_typeof(ts, obj));
    // A wrapped descriptor (a property, say) is bound to the class as if
    // the class were the instance, as CPython 3.9 to 3.12 do.
    Value f = AS_WRAPPER(descr)->func;
    GiltType *ft = gilt_typeof(ts, f);
    // (The wrappers of native classmethods hold their own descriptor.)
    bool native_cm = ft == GILT_TYPE(ts, METHOD_DESCR) &&
                     (((GiltMethodDescr *)AS_OBJ(f))->def->flags & GILT_M_CLASS);
    if (ft->descr_get && ft != GILT_TYPE(ts, FUNCTION) && !native_cm)
        return ft->descr_get(ts, f, type, type);
    return gilt_method_new(ts, f, type);
}

static Value wrapper_get_func(GiltThread *ts, Value self) {
    (void)ts;
    return AS_WRAPPER(self)->func;
}

static Value wrapper_forward(GiltThread *ts, Value self, const char *name) {
    GiltStr *n = gilt_str_intern_cstr(ts, name);
    return n ? gilt_getattr(ts, AS_WRAPPER(self)->func, n) : VAL_NULL;
}

static Value wrapper_get_name(GiltThread *ts, Value self) {
    return wrapper_forward(ts, self, "__name__");
}

static Value wrapper_get_qualname(GiltThread *ts, Value self) {
    return wrapper_forward(ts, self, "__qualname__");
}

static Value wrapper_get_doc(GiltThread *ts, Value self) {
    return wrapper_forward(ts, self, "__doc__");
}

static Value wrapper_get_abstract(GiltThread *ts, Value self) {
    Value v = gilt_getattr_opt(ts, AS_WRAPPER(self)->func,
                               gilt_str_intern_cstr(ts, "__isabstractmethod__"));
    if (!v)
        return ts->exc ? VAL_NULL : VAL_FALSE;
    return v;
}

static Value wrapper_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_printf(ts, &b, "<%s(", gilt_type_name(ts, args[0]));
    gilt_strbuf_append_repr(ts, &b, AS_WRAPPER(args[0])->func);
    gilt_strbuf_append_cstr(ts, &b, ")>");
    return gilt_strbuf_finish(ts, &b);
}

static const GiltMethodDef wrapper_methods[] = {
    {"__new__", wrapper_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__init__", wrapper_init, 0, -1, GILT_M_KW},
    {"__repr__", wrapper_repr, 0, 0, 0},
    {NULL}};

static const GiltGetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_get_func, NULL},
    {"__wrapped__", wrapper_get_func, NULL},
    {"__name__", wrapper_get_name, NULL},
    {"__qualname__", wrapper_get_qualname, NULL},
    {"__doc__", wrapper_get_doc, NULL},
    {"__isabstractmethod__", wrapper_get_abstract, NULL},
    {NULL}};

static void wrapper_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((GiltWrapper *)o)->func);
    gilt_gc_mark_obj(gc, (GiltObject *)((GiltWrapper *)o)->dict);
}

// ---- property -------------------------------------------------------------------------------

static Value prop_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltProperty *p = gilt_alloc_instance(ts, AS_TYPE(args[0]), sizeof(GiltProperty));
    return p ? OBJ_VAL(p) : VAL_NULL;
}

static Value none_to_null(Value v) {
    return v == VAL_NONE ? VAL_NULL : v;
}

static Value prop_init(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    Value a[4];
    if (gilt_parse_args(ts, "property", args + 1, nargs - 1, kw, names, 0, a) < 0)
        return VAL_NULL;
    GiltProperty *p = AS_PROPERTY(args[0]);
    p->fget = none_to_null(a[0]);
    p->fset = none_to_null(a[1]);
    p->fdel = none_to_null(a[2]);
    p->doc = none_to_null(a[3]);
    if (!p->doc && p->fget) {
        p->doc = gilt_getattr_opt(ts, p->fget, GILT_NAME(ts, __doc__));
        if (!p->doc && ts->exc)
            return VAL_NULL;
        p->doc = none_to_null(p->doc);
    }
    return VAL_NONE;
}

static Value prop_name_for(GiltThread *ts, GiltProperty *p) {
    if (p->name)
        return p->name;
    if (p->fget) {
        Value n = gilt_getattr_opt(ts, p->fget, GILT_NAME(ts, __name__));
        gilt_exc_clear(ts);
        if (n)
            return n;
    }
    return VAL_NULL;
}

static Value prop_error(GiltThread *ts, GiltProperty *p, Value obj,
                        const char *what) {
    Value name = prop_name_for(ts, p);
    if (name)
        return gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR,
                          "property %R of '%T' object has no %s", name, obj,
                          what);
    return gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR,
                      "property of '%T' object has no %s", obj, what);
}

static Value prop_get(GiltThread *ts, Value descr, Value obj, Value type) {
    (void)type;
    GiltProperty *p = AS_PROPERTY(descr);
    if (!obj)
        return descr;
    if (!p->fget)
        return prop_error(ts, p, obj, "getter");
    return gilt_call(ts, p->fget, &obj, 1, NULL);
}

static int prop_set(GiltThread *ts, Value descr, Value obj, Value v) {
    GiltProperty *p = AS_PROPERTY(descr);
    Value f = v ? p->fset : p->fdel;
    if (!f) {
        prop_error(ts, p, obj, v ? "setter" : "deleter");
        return -1;
    }
    Value args[2] = {obj, v};
    return gilt_call(ts, f, args, v ? 2 : 1, NULL) ? 0 : -1;
}

// getter/setter/deleter: a copy of the property with one accessor replaced
// (of the same class, so subclasses of property keep working).
static Value prop_copy(GiltThread *ts, Value self, int which, Value f) {
    GiltProperty *p = AS_PROPERTY(self);
    Value acc[4] = {p->fget ? p->fget : VAL_NONE, p->fset ? p->fset : VAL_NONE,
                    p->fdel ? p->fdel : VAL_NONE, VAL_NONE};
    acc[which] = f;
    // Keep an explicit doc; a doc taken from the old getter is re-derived.
    Value olddoc = VAL_NULL;
    if (p->fget && p->doc) {
        olddoc = gilt_getattr_opt(ts, p->fget, GILT_NAME(ts, __doc__));
        gilt_exc_clear(ts);
    }
    if (p->doc && p->doc != olddoc)
        acc[3] = p->doc;
    Value np = gilt_call(ts, OBJ_VAL(gilt_typeof(ts, self)), acc, 4, NULL);
    if (np && gilt_isinstance_type(ts, np, GILT_TYPE(ts, PROPERTY)))
        AS_PROPERTY(np)->name = p->name;
    return np;
}

static Value prop_getter(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    return prop_copy(ts, args[0], 0, args[1]);
}

static Value prop_setter(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    return prop_copy(ts, args[0], 1, args[1]);
}

static Value prop_deleter(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    return prop_copy(ts, args[0], 2, args[1]);
}

static Value prop_set_name(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)ts, (void)nargs, (void)kw;
    AS_PROPERTY(args[0])->name = args[2];
    return VAL_NONE;
}

#define PROP_FIELD(field)                                                      \
    static Value prop_get_##field(GiltThread *ts, Value self) {                \
        (void)ts;                                                              \
        Value v = AS_PROPERTY(self)->field;                                    \
        return v ? v : VAL_NONE;                                               \
    }
PROP_FIELD(fget)
PROP_FIELD(fset)
PROP_FIELD(fdel)
PROP_FIELD(doc)

static int prop_set_doc(GiltThread *ts, Value self, Value v) {
    (void)ts;
    AS_PROPERTY(self)->doc = v ? none_to_null(v) : VAL_NULL;
    return 0;
}

static const GiltMethodDef prop_methods[] = {
    {"__new__", prop_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__init__", prop_init, 0, -1, GILT_M_KW},
    {"getter", prop_getter, 1, 1, 0},
    {"setter", prop_setter, 1, 1, 0},
    {"deleter", prop_deleter, 1, 1, 0},
    {"__set_name__", prop_set_name, 2, 2, 0},
    {NULL}};

static const GiltGetSetDef prop_getsets[] = {{"fget", prop_get_fget, NULL},
                                             {"fset", prop_get_fset, NULL},
                                             {"fdel", prop_get_fdel, NULL},
                                             {"__doc__", prop_get_doc, prop_set_doc},
                                             {NULL}};

static void prop_trace(GiltGC *gc, GiltObject *o) {
    GiltProperty *p = (GiltProperty *)o;
    gilt_gc_mark(gc, p->fget);
    gilt_gc_mark(gc, p->fset);
    gilt_gc_mark(gc, p->fdel);
    gilt_gc_mark(gc, p->doc);
    gilt_gc_mark(gc, p->name);
}

int gilt_wrappers_init_types(GiltThread *ts) {
    static const GiltTypeSpec specs[] = {
        {.name = "staticmethod",
         .basicsize = sizeof(GiltWrapper),
         .dict_offset = offsetof(GiltWrapper, dict),
         .flags = GILT_TF_BASETYPE,
         .methods = wrapper_methods,
         .getsets = wrapper_getsets,
         .descr_get = static_get,
         .call = static_call,
         .trace = wrapper_trace},
        {.name = "classmethod",
         .basicsize = sizeof(GiltWrapper),
         .dict_offset = offsetof(GiltWrapper, dict),
         .flags = GILT_TF_BASETYPE,
         .methods = wrapper_methods,
         .getsets = wrapper_getsets,
         .descr_get = class_get,
         .trace = wrapper_trace},
        {.name = "property",
         .basicsize = sizeof(GiltProperty),
         .flags = GILT_TF_BASETYPE,
         .methods = prop_methods,
         .getsets = prop_getsets,
         .descr_get = prop_get,
         .descr_set = prop_set,
         .trace = prop_trace},
    };
    GiltTypeId ids[] = {GILT_T_STATICMETHOD, GILT_T_CLASSMETHOD,
                        GILT_T_PROPERTY};
    for (size_t i = 0; i < 3; i++)
        if (!gilt_type_from_spec(ts, &specs[i], ids[i]))
            return -1;
    return 0;
}
