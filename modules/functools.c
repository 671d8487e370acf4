/* functools.c - The _functools module: partial, reduce and cmp_to_key,
 * the parts of functools that sit in hot paths (lib/functools.py has the
 * rest and re-exports these).
 *
 * A partial call is one gilt_call: the stored arguments and the new ones
 * are laid out in one C array (keywords after positionals, names in a
 * tuple), so no tuple or dict is built per call unless both the partial
 * and the call have keywords.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/dict.h"
#include "../runtime/module.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "../vm/gc.h"
#include "modules.h"

typedef struct GiltPartial {
    GiltObject obj;
    Value func;
    GiltTuple *args;
    GiltDict *kw;
    GiltDict *dict;
} GiltPartial;

#define AS_PARTIAL(v) ((GiltPartial *)AS_OBJ(v))
#define SMALL_ARGS 16

static GiltType *module_type(GiltThread *ts, const char *name) {
    Value m = gilt_dict_get_str(ts, AS_DICT(ts->vm->modules),
                                gilt_str_intern_cstr(ts, "_functools"));
    Value t = m ? gilt_dict_get_str(ts, AS_MODULE(m)->dict, gilt_str_intern_cstr(ts, name))
                : VAL_NULL;
    return t && gilt_is_type(t) ? AS_TYPE(t) : NULL;
}

// ---- partial ----------------------------------------------------------------------

static bool is_exact_partial(GiltThread *ts, Value v) {
    return IS_OBJ(v) && AS_OBJ(v)->type == module_type(ts, "partial");
}

static Value partial_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kwnames) {
    if (nargs < 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "type 'partial' takes at least one argument");
    Value func = args[1];
    if (!gilt_callable(ts, func))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "the first argument must be callable");
    Value *pos = args + 2;
    size_t npos = (size_t)nargs - 2, nkw = kwnames ? kwnames->len : 0;
    GiltTuple *inner_args = NULL;
    GiltDict *inner_kw = NULL;
    // partial(partial(f, a), b) is stored flat as partial(f, a, b).
    if (is_exact_partial(ts, func) && !AS_PARTIAL(func)->dict) {
        GiltPartial *in = AS_PARTIAL(func);
        inner_args = in->args;
        inner_kw = in->kw;
        func = in->func;
    }
    GiltPartial *p = gilt_alloc_instance(ts, AS_TYPE(args[0]), sizeof(GiltPartial));
    if (!p)
        return VAL_NULL;
    p->func = func;
    size_t nin = inner_args ? inner_args->len : 0;
    if (!(p->args = gilt_tuple_new(ts, nin + npos)))
        return VAL_NULL;
    if (nin)
        memcpy(p->args->items, inner_args->items, nin * sizeof(Value));
    memcpy(p->args->items + nin, pos, npos * sizeof(Value));
    p->kw = inner_kw ? gilt_dict_copy(ts, inner_kw) : gilt_dict_new(ts);
    if (!p->kw)
        return VAL_NULL;
    for (size_t i = 0; i < nkw; i++)
        if (gilt_dict_set(ts, p->kw, kwnames->items[i], args[nargs + i]) < 0)
            return VAL_NULL;
    return OBJ_VAL(p);
}

static bool overridden(GiltStr *k, GiltTuple *kwnames) {
    for (size_t i = 0; kwnames && i < kwnames->len; i++)
        if (AS_STR(kwnames->items[i]) == k)
            return true;
    return false;
}

// The keyword names of a call of [p] with [kwnames]: the stored ones the
// call does not override, then the call's own; their values go to [vals]
// in the same order (the call's values are [callvals]).
static GiltTuple *merge_keywords(GiltThread *ts, GiltPartial *p, GiltTuple *kwnames,
                                 const Value *callvals, Value *vals) {
    size_t pos = 0, n = 0, ncall = kwnames ? kwnames->len : 0;
    Value k, v;
    while (gilt_dict_next(p->kw, &pos, &k, &v)) {
        if (!GILT_IS_SUB(ts, k, GILT_TF_STR_SUB)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR, "keywords must be strings");
            return NULL;
        }
        GiltStr *ks = gilt_str_intern(ts, AS_STR(k));
        if (!ks)
            return NULL;
        n += !overridden(ks, kwnames);
    }
    GiltTuple *names = gilt_tuple_new(ts, n + ncall);
    if (!names)
        return NULL;
    pos = n = 0;
    while (gilt_dict_next(p->kw, &pos, &k, &v)) {
        GiltStr *ks = gilt_str_intern(ts, AS_STR(k));
        if (overridden(ks, kwnames))
            continue;
        names->items[n] = OBJ_VAL(ks);
        vals[n++] = v;
    }
    for (size_t i = 0; i < ncall; i++, n++) {
        names->items[n] = kwnames->items[i];
        vals[n] = callvals[i];
    }
    return names;
}

static Value partial_call(GiltThread *ts, Value self, Value *args, int nargs,
                          GiltTuple *kwnames) {
    GiltPartial *p = AS_PARTIAL(self);
    size_t nstored = p->args->len, ncall_kw = kwnames ? kwnames->len : 0;
    size_t npkw = p->kw->len;
    size_t npos = nstored + (size_t)nargs;
    size_t total = npos + npkw + ncall_kw;
    Value small[SMALL_ARGS];
    Value *buf = small;
    if (total > SMALL_ARGS && !(buf = malloc(total * sizeof(Value))))
        return gilt_raise_nomem(ts);
    memcpy(buf, p->args->items, nstored * sizeof(Value));
    memcpy(buf + nstored, args, (size_t)nargs * sizeof(Value));
    GiltTuple *names = kwnames;
    Value r = VAL_NULL;
    size_t mark = gilt_gc_roots_mark(ts);
    if (npkw) {
        names = merge_keywords(ts, p, kwnames, args + nargs, buf + npos);
        if (!names)
            goto done;
        gilt_gc_push_root(ts, OBJ_VAL(names));
    } else if (ncall_kw) {
        memcpy(buf + npos, args + nargs, ncall_kw * sizeof(Value));
    }
    r = gilt_call(ts, p->func, buf, (int)npos, names && names->len ? names : NULL);
done:
    gilt_gc_roots_restore(ts, mark);
    if (buf != small)
        free(buf);
    return r;
}

static Value partial_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltPartial *p = AS_PARTIAL(args[0]);
    GiltType *t = AS_OBJ(args[0])->type;
    const char *tname = gilt_type_cname(t);
    bool builtin = !(t->flags & GILT_TF_HEAPTYPE);
    int rec = gilt_repr_enter(ts, args[0]);
    if (rec < 0)
        return VAL_NULL;
    if (rec)
        return gilt_str_printf(ts, "%s(...)", builtin ? "functools.partial" : tname);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_printf(ts, &b, "%s(", builtin ? "functools.partial" : tname);
    bool ok = gilt_strbuf_append_repr(ts, &b, p->func);
    for (size_t i = 0; ok && i < p->args->len; i++) {
        gilt_strbuf_append_cstr(ts, &b, ", ");
        ok = gilt_strbuf_append_repr(ts, &b, p->args->items[i]);
    }
    size_t pos = 0;
    Value k, v;
    while (ok && gilt_dict_next(p->kw, &pos, &k, &v)) {
        gilt_strbuf_append_cstr(ts, &b, ", ");
        ok = gilt_strbuf_append_strof(ts, &b, k) && gilt_strbuf_append_char(ts, &b, '=') &&
             gilt_strbuf_append_repr(ts, &b, v);
    }
    gilt_repr_leave(ts, args[0]);
    if (!ok) {
        gilt_strbuf_free(ts, &b);
        return VAL_NULL;
    }
    gilt_strbuf_append_char(ts, &b, ')');
    return gilt_strbuf_finish(ts, &b);
}

static Value partial_get_func(GiltThread *ts, Value self) {
    return AS_PARTIAL(self)->func;
}

static Value partial_get_args(GiltThread *ts, Value self) {
    return OBJ_VAL(AS_PARTIAL(self)->args);
}

static Value partial_get_keywords(GiltThread *ts, Value self) {
    return OBJ_VAL(AS_PARTIAL(self)->kw);
}

static void partial_trace(GiltGC *gc, GiltObject *o) {
    GiltPartial *p = (GiltPartial *)o;
    gilt_gc_mark(gc, p->func);
    gilt_gc_mark_obj(gc, (GiltObject *)p->args);
    gilt_gc_mark_obj(gc, (GiltObject *)p->kw);
    gilt_gc_mark_obj(gc, (GiltObject *)p->dict);
}

static const GiltMethodDef partial_methods[] = {
    {"__new__", partial_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__repr__", partial_repr, 0, 0, 0},
    {NULL}};

static const GiltGetSetDef partial_getsets[] = {
    {"func", partial_get_func, NULL},
    {"args", partial_get_args, NULL},
    {"keywords", partial_get_keywords, NULL},
    {NULL}};

static const GiltTypeSpec partial_spec = {
    .name = "partial",
    .module = "functools",
    .doc = "partial(func, *args, **keywords) - new function with partial "
           "application of the given arguments and keywords.",
    .basicsize = sizeof(GiltPartial),
    .dict_offset = offsetof(GiltPartial, dict),
    .flags = GILT_TF_BASETYPE,
    .methods = partial_methods,
    .getsets = partial_getsets,
    .call = partial_call,
    .trace = partial_trace,
};

// ---- reduce -----------------------------------------------------------------------

static Value ft_reduce(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value it = gilt_iter(ts, args[1]);
    if (!it) {
        if (gilt_exc_matches(ts, GILT_EXC_TYPE_ERROR)) {
            gilt_exc_clear(ts);
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "reduce() arg 2 must support iteration");
        }
        return VAL_NULL;
    }
    size_t mark = gilt_gc_roots_mark(ts);
    gilt_gc_push_root(ts, it);
    Value acc = nargs > 2 ? args[2] : VAL_NULL;
    gilt_gc_push_root(ts, acc);
    size_t acc_slot = ts->nroots - 1;
    for (;;) {
        Value x = gilt_next(ts, it);
        if (!x)
            break;
        if (!acc) {
            acc = x;
        } else {
            gilt_gc_push_root(ts, x);
            acc = gilt_call2(ts, args[0], acc, x);
            gilt_gc_pop_root(ts);
            if (!acc)
                break;
        }
        ts->roots[acc_slot] = acc;
    }
    gilt_gc_roots_restore(ts, mark);
    if (ts->exc)
        return VAL_NULL;
    if (!acc)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "reduce() of empty iterable with no initial value");
    return acc;
}

// ---- cmp_to_key -------------------------------------------------------------------

// One KeyWrapper type serves both as the key function cmp_to_key()
// returns (obj unset) and as the keys it makes (obj set).
typedef struct GiltKeyWrapper {
    GiltObject obj;
    Value cmp;
    Value item; // VAL_NULL in the key function itself
} GiltKeyWrapper;

#define AS_KEY(v) ((GiltKeyWrapper *)AS_OBJ(v))

static Value key_new(GiltThread *ts, Value cmp, Value item) {
    GiltType *t = module_type(ts, "KeyWrapper");
    if (!t)
        return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "_functools is not initialised");
    GiltKeyWrapper *k = gilt_gc_alloc(ts, t, sizeof(GiltKeyWrapper));
    if (!k)
        return VAL_NULL;
    k->cmp = cmp;
    k->item = item;
    return OBJ_VAL(k);
}

static Value ft_cmp_to_key(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"mycmp", NULL};
    Value a[1];
    if (gilt_parse_args(ts, "cmp_to_key", args, nargs, kw, names, 1, a) < 0)
        return VAL_NULL;
    return key_new(ts, a[0], VAL_NULL);
}

static Value key_call(GiltThread *ts, Value self, Value *args, int nargs,
                      GiltTuple *kwnames) {
    static const char *const names[] = {"obj", NULL};
    Value a[1];
    if (gilt_parse_args(ts, "K", args, nargs, kwnames, names, 1, a) < 0)
        return VAL_NULL;
    return key_new(ts, AS_KEY(self)->cmp, a[0]);
}

static Value key_compare(GiltThread *ts, Value *args, GiltCompareOp op) {
    Value a = args[0], b = args[1];
    if (!IS_OBJ(b) || AS_OBJ(b)->type != AS_OBJ(a)->type || !AS_KEY(b)->item ||
        !AS_KEY(a)->item)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "other argument must be K instance");
    Value r = gilt_call2(ts, AS_KEY(a)->cmp, AS_KEY(a)->item, AS_KEY(b)->item);
    if (!r)
        return VAL_NULL;
    return gilt_richcompare(ts, r, INT_VAL(0), op);
}

#define KEY_CMP(name, op)                                                      \
    static Value key_##name(GiltThread *ts, Value *args, int nargs,            \
                            GiltTuple *kw) {                                   \
        return key_compare(ts, args, op);                                      \
    }
KEY_CMP(lt, GILT_LT)
KEY_CMP(le, GILT_LE)
KEY_CMP(eq, GILT_EQ)
KEY_CMP(ne, GILT_NE)
KEY_CMP(gt, GILT_GT)
KEY_CMP(ge, GILT_GE)

static Value key_get_obj(GiltThread *ts, Value self) {
    Value v = AS_KEY(self)->item;
    return v ? v : gilt_raise(ts, GILT_EXC_ATTRIBUTE_ERROR, "obj");
}

static void key_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((GiltKeyWrapper *)o)->cmp);
    gilt_gc_mark(gc, ((GiltKeyWrapper *)o)->item);
}

static const GiltMethodDef key_methods[] = {
    {"__lt__", key_lt, 1, 1, 0}, {"__le__", key_le, 1, 1, 0},
    {"__eq__", key_eq, 1, 1, 0}, {"__ne__", key_ne, 1, 1, 0},
    {"__gt__", key_gt, 1, 1, 0}, {"__ge__", key_ge, 1, 1, 0},
    {NULL}};

static const GiltGetSetDef key_getsets[] = {{"obj", key_get_obj, NULL}, {NULL}};

static const GiltTypeSpec key_spec = {
    .name = "KeyWrapper",
    .module = "functools",
    .basicsize = sizeof(GiltKeyWrapper),
    .methods = key_methods,
    .getsets = key_getsets,
    .call = key_call,
    .trace = key_trace,
};

static const GiltMethodDef functools_functions[] = {
    {"reduce", ft_reduce, 2, 3, 0},
    {"cmp_to_key", ft_cmp_to_key, 0, 1, GILT_M_KW},
    {NULL}};

int gilt_functools_lru_init(GiltThread *ts, Value module);

static int functools_init(GiltThread *ts, Value m) {
    // gilt_module_add_type would rename __module__ to "_functools".
    GiltType *p = gilt_type_from_spec(ts, &partial_spec, GILT_T__COUNT);
    if (!p || gilt_module_add(ts, m, "partial", OBJ_VAL(p)) < 0)
        return -1;
    GiltType *k = gilt_type_from_spec(ts, &key_spec, GILT_T__COUNT);
    if (!k || gilt_dict_set_str(ts, k->dict, GILT_NAME(ts, __hash__), VAL_NONE) < 0)
        return -1;
    gilt_type_modified(ts, k);
    if (gilt_module_add(ts, m, "KeyWrapper", OBJ_VAL(k)) < 0)
        return -1;
    return gilt_functools_lru_init(ts, m);
}

const GiltModuleDef gilt_module_functools = {
    .name = "_functools",
    .doc = "Tools that operate on functions (the C half of functools).",
    .functions = functools_functions,
    .init = functools_init,
};
