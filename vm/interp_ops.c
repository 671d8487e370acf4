/* interp_ops.c - Opcode helpers too big or too rare for the eval loop:
 * unpacking, displays, f-string parts, **kwargs merging, except-clause
 * matching, MAKE_FUNCTION, raise, with, imports, and the REPL's echo.
 */
#include "../runtime/dict.h"
#include "../runtime/func.h"
#include "../runtime/list.h"
#include "../runtime/module.h"
#include "../runtime/set.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "gc.h"
#include "import.h"
#include "opcodes.h"
#include "interp_ops.h"

// ---- unpacking -------------------------------------------------------------------

static int unpack_error(GiltThread *ts, Value seq, size_t got, int want,
                        bool star) {
    if (got > (size_t)want && !star)
        gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                   "too many values to unpack (expected %d)", want);
    else if (star)
        gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                   "not enough values to unpack (expected at least %d, got %zu)",
                   want, got);
    else
        gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                   "not enough values to unpack (expected %d, got %zu)", want,
                   got);
    (void)seq;
    return -1;
}

int gilt_unpack(GiltThread *ts, Value seq, int before, int after, bool star,
                Value *sp) {
    if (!gilt_type_lookup(ts, gilt_typeof(ts, seq), GILT_NAME(ts, __iter__)) &&
        !gilt_type_lookup(ts, gilt_typeof(ts, seq), GILT_NAME(ts, __getitem__))) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "cannot unpack non-iterable %T object",
                   seq);
        return -1;
    }
    Value lv = gilt_list_from_iterable(ts, seq);
    if (!lv)
        return -1;
    GiltList *l = AS_LIST(lv);
    size_t n = l->len;
    if (!star && n != (size_t)before)
        return unpack_error(ts, seq, n, before, false);
    if (star && n < (size_t)(before + after))
        return unpack_error(ts, seq, n, before + after, true);
    if (!star) {
        for (int i = 0; i < before; i++)
            sp[before - 1 - i] = l->items[i];
        return 0;
    }
    // [first..before) , star list, [after items]: pushed last-first.
    size_t mid = n - (size_t)after;
    GiltList *rest = gilt_list_from(ts, l->items + before, mid - (size_t)before);
    if (!rest)
        return -1;
    int total = before + 1 + after, k = total - 1;
    for (int i = 0; i < before; i++)
        sp[k--] = l->items[i];
    sp[k--] = OBJ_VAL(rest);
    for (size_t i = mid; i < n; i++)
        sp[k--] = l->items[i];
    return 0;
}

// ---- displays ---------------------------------------------------------------------

Value gilt_build_map(GiltThread *ts, Value *items, int n) {
    GiltDict *d = gilt_dict_new_sized(ts, (size_t)n);
    if (!d)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(d));
    for (int i = 0; i < n; i++)
        if (gilt_dict_set(ts, d, items[2 * i], items[2 * i + 1]) < 0) {
            gilt_gc_pop_root(ts);
            return VAL_NULL;
        }
    gilt_gc_pop_root(ts);
    return OBJ_VAL(d);
}

Value gilt_build_set(GiltThread *ts, Value *items, int n) {
    Value s = gilt_call0(ts, OBJ_VAL(GILT_TYPE(ts, SET)));
    if (!s)
        return VAL_NULL;
    gilt_gc_push_root(ts, s);
    for (int i = 0; i < n; i++)
        if (gilt_op_set_add(ts, s, items[i]) < 0) {
            gilt_gc_pop_root(ts);
            return VAL_NULL;
        }
    gilt_gc_pop_root(ts);
    return s;
}

// The set is BUILD_SET's, an exact set.
int gilt_op_set_add(GiltThread *ts, Value set, Value v) {
    return gilt_set_add(ts, AS_SET(set), v);
}

// CPython's _PySet_Update: a set or dict is merged table by table, which
// fixes the order of `{*a_set}` and of folded set displays.
int gilt_op_set_update(GiltThread *ts, Value set, Value iterable) {
    return gilt_set_update(ts, AS_SET(set), iterable);
}

Value gilt_build_string(GiltThread *ts, Value *parts, int n) {
    size_t size = 0;
    bool ascii = true;
    for (int i = 0; i < n; i++) {
        GiltStr *s = AS_STR(parts[i]);
        size += s->size;
        ascii &= s->ascii;
    }
    GiltStr *r = gilt_str_alloc(ts, size);
    if (!r)
        return VAL_NULL;
    size_t pos = 0, len = 0;
    for (int i = 0; i < n; i++) {
        GiltStr *s = AS_STR(parts[i]);
        memcpy(r->data + pos, s->data, s->size);
        pos += s->size;
        len += s->len;
    }
    r->data[size] = 0;
    r->len = len;
    r->ascii = ascii;
    return OBJ_VAL(r);
}

Value gilt_format_value(GiltThread *ts, Value v, int conv, Value spec) {
    switch (conv) {
    case GILT_FV_STR:
        v = gilt_str(ts, v);
        break;
    case GILT_FV_REPR:
        v = gilt_repr(ts, v);
        break;
    case GILT_FV_ASCII:
        v = gilt_ascii(ts, v);
        break;
    }
    if (!v)
        return VAL_NULL;
    if (!spec && GILT_IS(ts, v, STR))
        return v;
    return gilt_format(ts, v, spec ? spec : ts->vm->empty_str);
}

// ---- calls with ** ---------------------------------------------------------------

// "module.qualname()" of a callable, as CPython's error messages name it.
Value gilt_func_str(GiltThread *ts, Value func) {
    Value q = gilt_getattr_opt(ts, func, GILT_NAME(ts, __qualname__));
    if (!q || !GILT_IS_SUB(ts, q, GILT_TF_STR_SUB)) {
        gilt_exc_clear(ts);
        return gilt_str_printf(ts, "%s object", gilt_type_name(ts, func));
    }
    Value m = gilt_getattr_opt(ts, func, GILT_NAME(ts, __module__));
    gilt_exc_clear(ts);
    if (m && GILT_IS_SUB(ts, m, GILT_TF_STR_SUB) &&
        !gilt_str_eq_cstr(AS_STR(m), "builtins"))
        return gilt_str_printf(ts, "%s.%s()", AS_STR(m)->data, AS_STR(q)->data);
    return gilt_str_printf(ts, "%s()", AS_STR(q)->data);
}

int gilt_dict_merge_kwargs(GiltThread *ts, Value dict, Value other,
                           Value func) {
    Value keys = VAL_NULL;
    if (!GILT_IS_SUB(ts, other, GILT_TF_DICT_SUB)) {
        keys = gilt_getattr_opt(ts, other, GILT_NAME(ts, keys));
        if (!keys) {
            Value fs = ts->exc ? VAL_NULL : gilt_func_str(ts, func);
            if (fs)
                gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                           "%U argument after ** must be a mapping, not %T",
                           AS_STR(fs), other);
            return -1;
        }
    }
    GiltDict *tmp = gilt_dict_new(ts);
    if (!tmp || gilt_dict_update(ts, tmp, other) < 0)
        return -1;
    GiltDict *d = AS_DICT(dict);
    size_t pos = 0;
    Value k, v;
    while (gilt_dict_next(tmp, &pos, &k, &v)) {
        if (!GILT_IS_SUB(ts, k, GILT_TF_STR_SUB)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR, "keywords must be strings");
            return -1;
        }
        Value old;
        int r = gilt_dict_lookup(ts, d, k, &old);
        if (r < 0)
            return -1;
        if (r) {
            Value fs = gilt_func_str(ts, func);
            if (fs)
                gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                           "%U got multiple values for keyword argument '%S'",
                           AS_STR(fs), k);
            return -1;
        }
        if (gilt_dict_set(ts, d, k, v) < 0)
            return -1;
    }
    return 0;
}

// ---- exceptions -----------------------------------------------------------------------

static bool valid_exc_class(GiltThread *ts, Value t) {
    if (gilt_is_exception_type(ts, t))
        return true;
    if (!GILT_IS_SUB(ts, t, GILT_TF_TUPLE_SUB))
        return false;
    GiltTuple *tp = AS_TUPLE(t);
    for (size_t i = 0; i < tp->len; i++)
        if (!valid_exc_class(ts, tp->items[i]))
            return false;
    return true;
}

static bool exc_matches(GiltThread *ts, Value exc, Value t) {
    if (GILT_IS_SUB(ts, t, GILT_TF_TUPLE_SUB)) {
        GiltTuple *tp = AS_TUPLE(t);
        for (size_t i = 0; i < tp->len; i++)
            if (exc_matches(ts, exc, tp->items[i]))
                return true;
        return false;
    }
    return gilt_isinstance_type(ts, exc, AS_TYPE(t));
}

int gilt_check_exc_match(GiltThread *ts, Value exc, Value type) {
    if (!valid_exc_class(ts, type)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "catching classes that do not inherit from BaseException is "
                   "not allowed");
        return -1;
    }
    return exc_matches(ts, exc, type);
}

void gilt_do_raise(GiltThread *ts, Value exc, Value cause) {
    if (!exc) {
        if (!ts->exc_info) {
            gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "No active exception to reraise");
            return;
        }
        ts->exc = ts->exc_info;
        return;
    }
    if (gilt_is_exception_type(ts, exc)) {
        Value inst = gilt_call0(ts, exc);
        if (!inst)
            return;
        if (!gilt_is_exception(ts, inst)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "calling %R should have returned an instance of "
                       "BaseException, not %T",
                       exc, inst);
            return;
        }
        exc = inst;
    } else if (!gilt_is_exception(ts, exc)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "exceptions must derive from BaseException");
        return;
    }
    if (cause) {
        if (gilt_is_exception_type(ts, cause)) {
            gilt_gc_push_root(ts, exc);
            Value c = gilt_call0(ts, cause);
            gilt_gc_pop_root(ts);
            if (!c)
                return;
            cause = c;
        } else if (cause != VAL_NONE && !gilt_is_exception(ts, cause)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "exception causes must derive from BaseException");
            return;
        }
        GiltException *e = (GiltException *)AS_OBJ(exc);
        e->cause = cause;
        e->suppress_context = true;
    }
    gilt_raise_obj(ts, exc);
}

// ---- functions ------------------------------------------------------------------------

Value gilt_make_function(GiltThread *ts, GiltFrame *f, Value code, int flags,
                         Value *extra) {
    GiltCode *co = AS_CODE(code);
    GiltFunction *fn = gilt_gc_alloc(ts, GILT_TYPE(ts, FUNCTION), sizeof(GiltFunction));
    if (!fn)
        return VAL_NULL;
    fn->code = co;
    fn->globals = f->globals;
    fn->builtins = f->builtins;
    fn->name = OBJ_VAL(co->name);
    fn->qualname = OBJ_VAL(co->qualname);
    Value mod = gilt_dict_get_str(ts, f->globals, GILT_NAME(ts, __name__));
    fn->module = mod ? mod : VAL_NONE;
    fn->doc = co->has_doc ? co->consts->items[0] : VAL_NONE;
    int i = 0;
    if (flags & GILT_MF_DEFAULTS)
        fn->defaults = AS_TUPLE(extra[i++]);
    if (flags & GILT_MF_KWDEFAULTS)
        fn->kwdefaults = AS_DICT(extra[i++]);
    if (flags & GILT_MF_ANNOTATIONS)
        fn->annotations = extra[i++];
    if (flags & GILT_MF_CLOSURE)
        fn->closure = AS_TUPLE(extra[i++]);
    return OBJ_VAL(fn);
}

// ---- with ------------------------------------------------------------------------------

int gilt_before_with(GiltThread *ts, Value mgr, Value *exit, Value *result,
                     bool async) {
    GiltStr *enter = async ? GILT_NAME(ts, __aenter__) : GILT_NAME(ts, __enter__);
    GiltStr *leave = async ? GILT_NAME(ts, __aexit__) : GILT_NAME(ts, __exit__);
    GiltType *t = gilt_typeof(ts, mgr);
    Value e = gilt_type_lookup(ts, t, enter);
    Value x = gilt_type_lookup(ts, t, leave);
    if (!e || !x) {
        const char *kind = async ? "asynchronous context manager" : "context manager";
        const char *missed = e ? (async ? " (missed __aexit__ method)"
                                        : " (missed __exit__ method)")
                               : "";
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "'%T' object does not support the %s protocol%s", mgr, kind,
                   missed);
        return -1;
    }
    GiltDescrGetFn get = gilt_typeof(ts, x)->descr_get;
    *exit = get ? get(ts, x, mgr, OBJ_VAL(t)) : x;
    if (!*exit)
        return -1;
    gilt_gc_push_root(ts, *exit);
    *result = gilt_call_with_self(ts, e, mgr, NULL, 0, NULL);
    gilt_gc_pop_root(ts);
    return *result ? 0 : -1;
}

Value gilt_with_exit_call(GiltThread *ts, Value exit, Value exc) {
    Value args[3] = {OBJ_VAL(gilt_typeof(ts, exc)), exc,
                     ((GiltException *)AS_OBJ(exc))->traceback};
    return gilt_call(ts, exit, args, 3, NULL);
}

// ---- module level ------------------------------------------------------------------------

Value gilt_import_name(GiltThread *ts, GiltFrame *f, GiltStr *name,
                       Value fromlist, Value level) {
    Value imp = gilt_dict_get_str(ts, AS_DICT(f->builtins), GILT_NAME(ts, __import__));
    if (!imp)
        return gilt_raise(ts, GILT_EXC_IMPORT_ERROR, "__import__ not found");
    if (!gilt_import_is_default(ts, imp)) {
        Value locals = f->locals ? f->locals : VAL_NONE;
        Value args[5] = {OBJ_VAL(name), OBJ_VAL(f->globals), locals, fromlist,
                         level};
        return gilt_call(ts, imp, args, 5, NULL);
    }
    return gilt_import(ts, name, f->globals, fromlist, (int)AS_INT(level));
}

Value gilt_import_from(GiltThread *ts, Value module, GiltStr *name) {
    return gilt_import_attr(ts, module, name);
}

int gilt_import_star(GiltThread *ts, GiltFrame *f, Value module) {
    Value ns = f->locals ? f->locals : OBJ_VAL(f->globals);
    return gilt_import_all_into(ts, module, ns);
}

int gilt_setup_annotations(GiltThread *ts, GiltFrame *f) {
    GiltStr *name = GILT_NAME(ts, __annotations__);
    Value ns = f->locals ? f->locals : OBJ_VAL(f->globals);
    if (GILT_IS(ts, ns, DICT)) {
        if (gilt_dict_get_str(ts, AS_DICT(ns), name))
            return 0;
        GiltDict *d = gilt_dict_new(ts);
        return d ? gilt_dict_set_str(ts, AS_DICT(ns), name, OBJ_VAL(d)) : -1;
    }
    Value v = gilt_getitem(ts, ns, OBJ_VAL(name));
    if (v)
        return 0;
    if (!gilt_exc_matches(ts, GILT_EXC_KEY_ERROR))
        return -1;
    gilt_exc_clear(ts);
    GiltDict *d = gilt_dict_new(ts);
    return d ? gilt_setitem(ts, ns, OBJ_VAL(name), OBJ_VAL(d)) : -1;
}

int gilt_print_expr(GiltThread *ts, Value v) {
    Value hook = gilt_module_get(ts, ts->vm->sys, "displayhook");
    if (!hook) {
        gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "lost sys.displayhook");
        return -1;
    }
    return gilt_call1(ts, hook, v) ? 0 : -1;
}
