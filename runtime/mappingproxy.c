/* mappingproxy.c - types.MappingProxyType: a read-only view of a mapping
 * (what a class's __dict__ returns). Every read is forwarded to the
 * mapping through the generic protocols; there are no writes.
 */
#include "dict.h"

#include "../vm/gc.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

typedef struct GiltMappingProxy {
    GiltObject obj;
    Value mapping;
} GiltMappingProxy;

#define MAPPING(v) (((GiltMappingProxy *)AS_OBJ(v))->mapping)

static Value proxy_alloc(GiltThread *ts, Value mapping) {
    GiltMappingProxy *p = gilt_gc_alloc(ts, GILT_TYPE(ts, MAPPINGPROXY),
                                        sizeof(GiltMappingProxy));
    if (!p)
        return VAL_NULL;
    p->mapping = mapping;
    return OBJ_VAL(p);
}

Value gilt_mappingproxy_new(GiltThread *ts, Value mapping) {
    GiltType *t = gilt_typeof(ts, mapping);
    if (!gilt_type_lookup(ts, t, GILT_NAME(ts, __getitem__)) ||
        GILT_IS_SUB(ts, mapping, GILT_TF_LIST_SUB | GILT_TF_TUPLE_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "mappingproxy() argument must be a mapping, not %T",
                          mapping);
    return proxy_alloc(ts, mapping);
}

static Value mp_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"mapping", NULL};
    Value m;
    if (nargs == 1 && !(kw && kw->len))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "mappingproxy() missing required argument 'mapping' "
                          "(pos 1)");
    if (gilt_parse_args(ts, "mappingproxy", args + 1, nargs - 1, kw, names, 1,
                        &m) < 0)
        return VAL_NULL;
    return gilt_mappingproxy_new(ts, m);
}

static Value mp_getitem(GiltThread *ts, Value *args, int nargs,
                        GiltTuple *kw) {
    return gilt_getitem(ts, MAPPING(args[0]), args[1]);
}

static Value mp_get(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value a[2] = {args[1], nargs > 2 ? args[2] : VAL_NONE};
    return gilt_call_method(ts, MAPPING(args[0]), GILT_NAME(ts, get), a, 2);
}

static Value forward0(GiltThread *ts, Value self, const char *name) {
    GiltStr *n = gilt_str_intern_cstr(ts, name);
    return n ? gilt_call_method(ts, MAPPING(self), n, NULL, 0) : VAL_NULL;
}

#define FORWARD(fn, name)                                                      \
    static Value fn(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {   \
        return forward0(ts, args[0], name);                                    \
    }
FORWARD(mp_keys, "keys")
FORWARD(mp_values, "values")
FORWARD(mp_items, "items")
FORWARD(mp_copy, "copy")
FORWARD(mp_reversed, "__reversed__")

static Value mp_iter(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_iter(ts, MAPPING(args[0]));
}

static Value mp_len(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t n;
    return gilt_len(ts, MAPPING(args[0]), &n) < 0 ? VAL_NULL : INT_VAL(n);
}

static Value mp_contains(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    Value m = MAPPING(args[0]), v;
    int r = GILT_IS(ts, m, DICT) ? gilt_dict_lookup(ts, AS_DICT(m), args[1], &v)
                                 : gilt_contains(ts, m, args[1]);
    return r < 0 ? VAL_NULL : BOOL_VAL(r);
}

static Value mp_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_cstr(ts, &b, "mappingproxy(");
    if (gilt_strbuf_append_repr(ts, &b, MAPPING(args[0])))
        gilt_strbuf_append_char(ts, &b, ')');
    return gilt_strbuf_finish(ts, &b);
}

static Value mp_str(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_str(ts, MAPPING(args[0]));
}

static Value unwrap(GiltThread *ts, Value v) {
    return GILT_IS(ts, v, MAPPINGPROXY) ? MAPPING(v) : v;
}

static Value mp_or(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_binop(ts, unwrap(ts, args[0]), unwrap(ts, args[1]), GILT_OP_OR);
}

static Value mp_ror(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_binop(ts, unwrap(ts, args[1]), unwrap(ts, args[0]), GILT_OP_OR);
}

static Value mp_ior(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                      "'|=' is not supported by mappingproxy; use '|' instead");
}

static Value mp_compare(GiltThread *ts, Value *args, GiltCompareOp op) {
    return gilt_richcompare(ts, MAPPING(args[0]), args[1], op);
}

#define MP_CMP(name, op)                                                       \
    static Value name(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) { \
        return mp_compare(ts, args, op);                                       \
    }
MP_CMP(mp_eq, GILT_EQ)
MP_CMP(mp_ne, GILT_NE)
MP_CMP(mp_lt, GILT_LT)
MP_CMP(mp_le, GILT_LE)
MP_CMP(mp_gt, GILT_GT)
MP_CMP(mp_ge, GILT_GE)

static const GiltMethodDef mp_methods[] = {
    {"__new__", mp_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__getitem__", mp_getitem, 1, 1, 0},
    {"get", mp_get, 1, 2, 0},
    {"keys", mp_keys, 0, 0, 0},
    {"values", mp_values, 0, 0, 0},
    {"items", mp_items, 0, 0, 0},
    {"copy", mp_copy, 0, 0, 0},
    {"__reversed__", mp_reversed, 0, 0, 0},
    {"__iter__", mp_iter, 0, 0, 0},
    {"__len__", mp_len, 0, 0, 0},
    {"__contains__", mp_contains, 1, 1, 0},
    {"__repr__", mp_repr, 0, 0, 0},
    {"__str__", mp_str, 0, 0, 0},
    {"__or__", mp_or, 1, 1, 0},
    {"__ror__", mp_ror, 1, 1, 0},
    {"__ior__", mp_ior, 1, 1, 0},
    {"__eq__", mp_eq, 1, 1, 0},
    {"__ne__", mp_ne, 1, 1, 0},
    {"__lt__", mp_lt, 1, 1, 0},
    {"__le__", mp_le, 1, 1, 0},
    {"__gt__", mp_gt, 1, 1, 0},
    {"__ge__", mp_ge, 1, 1, 0},
    {NULL}};

static void mp_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((GiltMappingProxy *)o)->mapping);
}

int gilt_mappingproxy_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "mappingproxy",
        .basicsize = sizeof(GiltMappingProxy),
        .methods = mp_methods,
        .trace = mp_trace,
    };
    GiltType *t = gilt_type_from_spec(ts, &spec, GILT_T_MAPPINGPROXY);
    if (!t ||
        gilt_dict_set_str(ts, t->dict, GILT_NAME(ts, __hash__), VAL_NONE) < 0)
        return -1;
    return 0;
}
