/* func.c - The callable types: function, builtin_function_or_method,
 * method_descriptor, getset_descriptor, method, cell, staticmethod,
 * classmethod and property.
 */
#include "func.h"

#include <string.h>

#include "../vm/code.h"
#include "../vm/gc.h"
#include "../vm/interp.h"
#include "dict.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

// ---- native calls --------------------------------------------------------------------

static Value arity_error(GiltThread *ts, const GiltMethodDef *d, GiltType *owner,
                         int n) {
    char name[128];
    if (owner)
        snprintf(name, sizeof name, "%s.%s", gilt_type_cname(owner), d->name);
    else
        snprintf(name, sizeof name, "%s", d->name);
    if (d->max == 0)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%s() takes no arguments (%d given)", name, n);
    if (d->min == 1 && d->max == 1)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%s() takes exactly one argument (%d given)", name, n);
    const char *bound = d->min == d->max ? "" : n < d->min ? "at least " : "at most ";
    int count = n < d->min ? d->min : d->max;
    return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%s expected %s%d argument%s, got %d",
                      d->name, bound, count, count == 1 ? "" : "s", n);
}

Value gilt_native_call(GiltThread *ts, const GiltMethodDef *def,
                       GiltType *owner, Value *args, int nargs,
                       GiltTuple *kwnames) {
    int n = owner ? nargs - 1 : nargs;
    if (GILT_UNLIKELY(kwnames && kwnames->len && !(def->flags & GILT_M_KW))) {
        if (owner)
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "%s.%s() takes no keyword arguments",
                              gilt_type_cname(owner), def->name);
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%s() takes no keyword arguments", def->name);
    }
    if (GILT_UNLIKELY(n < def->min || (def->max >= 0 && n > def->max)))
        return arity_error(ts, def, owner, n);
    return def->fn(ts, args, nargs, kwnames);
}

Value gilt_native_new(GiltThread *ts, const GiltMethodDef *def, Value self,
                      Value module) {
    GiltNative *n = gilt_gc_alloc(ts, GILT_TYPE(ts, NATIVE), sizeof(GiltNative));
    if (!n)
        return VAL_NULL;
    n->def = def;
    n->self = self;
    n->module = module;
    return OBJ_VAL(n);
}

static Value native_call(GiltThread *ts, Value callable, Value *args, int nargs,
                         GiltTuple *kw) {
    GiltNative *n = AS_NATIVE(callable);
    if (!n->self)
        return gilt_native_call(ts, n->def, NULL, args, nargs, kw);
    // A builtin method bound to self: call it with self in front.
    size_t total = (size_t)nargs + 1 + (kw ? kw->len : 0);
    Value small[16], *buf = small;
    if (total > 16 && !(buf = malloc(total * sizeof(Value))))
        return gilt_raise_nomem(ts);
    buf[0] = n->self;
    if (total > 1)
        memcpy(buf + 1, args, (total - 1) * sizeof(Value));
    Value r = gilt_native_call(ts, n->def, gilt_typeof(ts, n->self), buf,
                               nargs + 1, kw);
    if (buf != small)
        free(buf);
    return r;
}

static Value native_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltNative *n = AS_NATIVE(args[0]);
    if (!n->self || GILT_IS(ts, n->self, MODULE))
        return gilt_str_printf(ts, "<built-in function %s>", n->def->name);
    return gilt_str_printf(ts, "<built-in method %s of %s object at %p>",
                           n->def->name, gilt_type_name(ts, n->self),
                           (void *)AS_OBJ(n->self));
}

static Value native_get_name(GiltThread *ts, Value self) {
    return gilt_str_from_cstr(ts, AS_NATIVE(self)->def->name);
}

static Value native_get_qualname(GiltThread *ts, Value self) {
    GiltNative *n = AS_NATIVE(self);
    if (!n->self || GILT_IS(ts, n->self, MODULE))
        return gilt_str_from_cstr(ts, n->def->name);
    GiltType *t = gilt_is_type(n->self) ? AS_TYPE(n->self)
                                        : gilt_typeof(ts, n->self);
    return gilt_str_printf(ts, "%s.%s", gilt_type_cname(t), n->def->name);
}

static Value native_get_self(GiltThread *ts, Value self) {
    (void)ts;
    GiltNative *n = AS_NATIVE(self);
    return n->self ? n->self : VAL_NONE;
}

static Value native_get_module(GiltThread *ts, Value self) {
    (void)ts;
    GiltNative *n = AS_NATIVE(self);
    return n->module ? n->module : VAL_NONE;
}

static Value get_none(GiltThread *ts, Value self) {
    (void)ts, (void)self;
    return VAL_NONE;
}

static const GiltMethodDef native_methods[] = {
    {"__repr__", native_repr, 0, 0, 0}, {NULL}};
static const GiltGetSetDef native_getsets[] = {
    {"__name__", native_get_name, NULL},
    {"__qualname__", native_get_qualname, NULL},
    {"__self__", native_get_self, NULL},
    {"__module__", native_get_module, NULL},
    {"__doc__", get_none, NULL},
    {NULL}};

static void native_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((GiltNative *)o)->self);
    gilt_gc_mark(gc, ((GiltNative *)o)->module);
}

// ---- method descriptors ----------------------------------------------------------------

#define AS_MDESCR(v) ((GiltMethodDescr *)AS_OBJ(v))

static Value mdescr_call(GiltThread *ts, Value callable, Value *args, int nargs,
                         GiltTuple *kw) {
    GiltMethodDescr *d = AS_MDESCR(callable);
    if (nargs < 1)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "unbound method %s.%s() needs an argument",
                          gilt_type_cname(d->type), d->def->name);
    bool cls = d->def->flags & GILT_M_CLASS;
    if (cls ? !gilt_is_type(args[0]) || !gilt_is_subtype(AS_TYPE(args[0]), d->type)
            : !gilt_isinstance_type(ts, args[0], d->type))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "descriptor '%s' for '%s' objects doesn't apply to a "
                          "'%T' object",
                          d->def->name, gilt_type_cname(d->type), args[0]);
    return gilt_native_call(ts, d->def, d->type, args, nargs, kw);
}

static Value mdescr_get(GiltThread *ts, Value descr, Value obj, Value type) {
    (void)type;
    if (!obj)
        return descr;
    GiltMethodDescr *d = AS_MDESCR(descr);
    if (!gilt_isinstance_type(ts, obj, d->type))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "descriptor '%s' for '%s' objects doesn't apply to a "
                          "'%T' object",
                          d->def->name, gilt_type_cname(d->type), obj);
    return gilt_native_new(ts, d->def, obj, VAL_NULL);
}

// CPython shows the dunders it implements as type slots as "slot
// wrapper"s; a few dunders are ordinary methods there.
static bool is_slot_name(const char *n) {
    static const char *const plain[] = {"__format__", "__reduce__", "__reduce_ex__",
                                        "__sizeof__", "__dir__", "__getnewargs__",
                                        "__reversed__", "__subclasses__",
                                        "__instancecheck__", "__subclasscheck__",
                                        "__length_hint__", "__getstate__",
                                        "__round__", "__trunc__", "__floor__",
                                        "__ceil__", "__copy__", "__deepcopy__",
                                        "__enter__", "__exit__", NULL};
    size_t len = strlen(n);
    if (len < 5 || strncmp(n, "__", 2) || strcmp(n + len - 2, "__"))
        return false;
    for (const char *const *p = plain; *p; p++)
        if (!strcmp(*p, n))
            return false;
    return true;
}

static Value mdescr_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltMethodDescr *d = AS_MDESCR(args[0]);
    return gilt_str_printf(ts, "<%s '%s' of '%s' objects>",
                           is_slot_name(d->def->name) ? "slot wrapper" : "method",
                           d->def->name, gilt_type_cname(d->type));
}

static Value mdescr_get_name(GiltThread *ts, Value self) {
    return gilt_str_from_cstr(ts, AS_MDESCR(self)->def->name);
}

static Value mdescr_get_qualname(GiltThread *ts, Value self) {
    GiltMethodDescr *d = AS_MDESCR(self);
    return gilt_str_printf(ts, "%s.%s", gilt_type_cname(d->type), d->def->name);
}

static Value mdescr_get_objclass(GiltThread *ts, Value self) {
    (void)ts;
    return OBJ_VAL(AS_MDESCR(self)->type);
}

static const GiltMethodDef mdescr_methods[] = {
    {"__repr__", mdescr_repr, 0, 0, 0}, {NULL}};
static const GiltGetSetDef mdescr_getsets[] = {
    {"__name__", mdescr_get_name, NULL},
    {"__qualname__", mdescr_get_qualname, NULL},
    {"__objclass__", mdescr_get_objclass, NULL},
    {"__doc__", get_none, NULL},
    {NULL}};

static void descr_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark_obj(gc, &((GiltMethodDescr *)o)->type->obj);
}

// ---- getset descriptors ----------------------------------------------------------------

#define AS_GSDESCR(v) ((GiltGetSetDescr *)AS_OBJ(v))

static bool gs_check(GiltThread *ts, GiltGetSetDescr *d, Value obj) {
    if (gilt_isinstance_type(ts, obj, d->type))
        return true;
    gilt_raise(ts, GILT_EXC_TYPE_ERROR,
               "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
               d->def->name, gilt_type_cname(d->type), obj);
    return false;
}

static Value gs_get(GiltThread *ts, Value descr, Value obj, Value type) {
    (void)type;
    GiltGetSetDescr *d = AS_GSDESCR(descr);
    if (!obj)
        return descr;
    return gs_check(ts, d, obj) ? d->def->get(ts, obj) : VAL_NULL;
}

static int gs_set(GiltThread *ts, Value descr, Value obj, Value v) {
    GiltGetSetDescr *d = AS_GSDESCR(descr);
    if (!gs_check(ts, d, obj))
        return -1;
    if (!d->def->set) {
        gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR,
                   "attribute '%s' of '%s' objects is not writable",
                   d->def->name, gilt_type_cname(d->type));
        return -1;
    }
    return d->def->set(ts, obj, v);
}

static Value gs_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltGetSetDescr *d = AS_GSDESCR(args[0]);
    return gilt_str_printf(ts, "<attribute '%s' of '%s' objects>", d->def->name,
                           gilt_type_cname(d->type));
}

static const GiltMethodDef gs_methods[] = {{"__repr__", gs_repr, 0, 0, 0},
                                           {NULL}};

// ---- bound methods -----------------------------------------------------------------------

Value gilt_method_new(GiltThread *ts, Value func, Value self) {
    GiltMethod *m = gilt_gc_alloc(ts, GILT_TYPE(ts, METHOD), sizeof(GiltMethod));
    if (!m)
        return VAL_NULL;
    m->func = func;
    m->self = self;
    return OBJ_VAL(m);
}

static Value method_call(GiltThread *ts, Value callable, Value *args, int nargs,
                         GiltTuple *kw) {
    GiltMethod *m = AS_METHOD(callable);
    return gilt_call_with_self(ts, m->func, m->self, args, nargs, kw);
}

static Value method_getattr(GiltThread *ts, Value obj, GiltStr *name) {
    Value r = gilt_generic_getattr(ts, obj, name);
    if (r || !gilt_exc_matches(ts, GILT_EXC_ATTRIBUTE_ERROR))
        return r;
    // Other attributes come from the function (__name__, __doc__, ...).
    gilt_exc_clear(ts);
    return gilt_getattr(ts, AS_METHOD(obj)->func, name);
}

static Value method_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltMethod *m = AS_METHOD(args[0]);
    Value name = gilt_getattr_opt(ts, m->func, GILT_NAME(ts, __qualname__));
    if (!name && !(name = gilt_getattr_opt(ts, m->func, GILT_NAME(ts, __name__))))
        name = VAL_NULL;
    if (ts->exc)
        return VAL_NULL;
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_cstr(ts, &b, "<bound method ");
    if (name)
        gilt_strbuf_append_strof(ts, &b, name);
    else
        gilt_strbuf_append_char(ts, &b, '?');
    gilt_strbuf_append_cstr(ts, &b, " of ");
    gilt_strbuf_append_repr(ts, &b, m->self);
    gilt_strbuf_append_char(ts, &b, '>');
    return gilt_strbuf_finish(ts, &b);
}

static Value method_eq(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    if (!GILT_IS(ts, args[1], METHOD))
        return VAL_NOTIMPL;
    GiltMethod *a = AS_METHOD(args[0]), *b = AS_METHOD(args[1]);
    if (a->self != b->self)
        return VAL_FALSE;
    int eq = gilt_eq(ts, a->func, b->func);
    return eq < 0 ? VAL_NULL : BOOL_VAL(eq);
}

static Value method_hash(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltMethod *m = AS_METHOD(args[0]);
    int64_t a, b;
    if (gilt_hash(ts, m->func, &a) < 0 || gilt_hash(ts, m->self, &b) < 0) {
        // Unhashable self: CPython hashes the identity of self.
        gilt_exc_clear(ts);
        b = (int64_t)(m->self >> 4);
    }
    return INT_VAL((a ^ b) & GILT_SMALLINT_MAX);
}

static Value method_get_func(GiltThread *ts, Value self) {
    (void)ts;
    return AS_METHOD(self)->func;
}

static Value method_get_self(GiltThread *ts, Value self) {
    (void)ts;
    return AS_METHOD(self)->self;
}

static const GiltMethodDef method_methods[] = {
    {"__repr__", method_repr, 0, 0, 0},
    {"__eq__", method_eq, 1, 1, 0},
    {"__hash__", method_hash, 0, 0, 0},
    {NULL}};
static const GiltGetSetDef method_getsets[] = {
    {"__func__", method_get_func, NULL},
    {"__self__", method_get_self, NULL},
    {NULL}};

static void method_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((GiltMethod *)o)->func);
    gilt_gc_mark(gc, ((GiltMethod *)o)->self);
}

// ---- cells -----------------------------------------------------------------------------------

Value gilt_cell_new(GiltThread *ts, Value v) {
    GiltCell *c = gilt_gc_alloc(ts, GILT_TYPE(ts, CELL), sizeof(GiltCell));
    if (!c)
        return VAL_NULL;
    c->value = v;
    return OBJ_VAL(c);
}

static Value cell_get(GiltThread *ts, Value self) {
    Value v = AS_CELL(self)->value;
    return v ? v : gilt_raise(ts, GILT_EXC_VALUE_ERROR, "Cell is empty");
}

static int cell_set(GiltThread *ts, Value self, Value v) {
    (void)ts;
    AS_CELL(self)->value = v;
    return 0;
}

static const GiltGetSetDef cell_getsets[] = {
    {"cell_contents", cell_get, cell_set}, {NULL}};

static void cell_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((GiltCell *)o)->value);
}

int gilt_function_init_types(GiltThread *ts);
int gilt_wrappers_init_types(GiltThread *ts);

int gilt_func_init_types(GiltThread *ts) {
    static const GiltTypeSpec specs[] = {
        {.name = "builtin_function_or_method",
         .basicsize = sizeof(GiltNative),
         .methods = native_methods,
         .getsets = native_getsets,
         .call = native_call,
         .trace = native_trace},
        {.name = "method_descriptor",
         .basicsize = sizeof(GiltMethodDescr),
         .methods = mdescr_methods,
         .getsets = mdescr_getsets,
         .call = mdescr_call,
         .descr_get = mdescr_get,
         .trace = descr_trace},
        {.name = "getset_descriptor",
         .basicsize = sizeof(GiltGetSetDescr),
         .methods = gs_methods,
         .descr_get = gs_get,
         .descr_set = gs_set,
         .trace = descr_trace},
        {.name = "method",
         .basicsize = sizeof(GiltMethod),
         .methods = method_methods,
         .getsets = method_getsets,
         .call = method_call,
         .getattr = method_getattr,
         .trace = method_trace},
        {.name = "cell",
         .basicsize = sizeof(GiltCell),
         .getsets = cell_getsets,
         .trace = cell_trace},
    };
    GiltTypeId ids[] = {GILT_T_NATIVE, GILT_T_METHOD_DESCR, GILT_T_GETSET_DESCR,
                        GILT_T_METHOD, GILT_T_CELL};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
        if (!gilt_type_from_spec(ts, &specs[i], ids[i]))
            return -1;
    if (gilt_function_init_types(ts) < 0 || gilt_wrappers_init_types(ts) < 0)
        return -1;
    return 0;
}
