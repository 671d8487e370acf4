/* interp_call.c - Calling Python functions: binding arguments to
 * parameters (with CPython's error messages), setting up cells and free
 * variables, and func(*args, **kwargs).
 */
#include <string.h>

#include "../runtime/dict.h"
#include "../runtime/func.h"
#include "../runtime/list.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "interp_ops.h"

int gilt_check_depth(GiltThread *ts) {
    if (GILT_UNLIKELY(ts->depth >= ts->vm->recursion_limit)) {
        gilt_raise(ts, GILT_EXC_RECURSION_ERROR,
                   "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

// ---- error messages ----------------------------------------------------------------

static const char *fname(GiltFunction *fn) {
    return GILT_IS_SUB(NULL, fn->qualname, GILT_TF_STR_SUB)
               ? AS_STR(fn->qualname)->data
               : "?";
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
static void list_names(GiltThread *ts, GiltStrBuf *b, const char **names,
                       int n) {
    for (int i = 0; i < n; i++) {
        if (i > 0)
            gilt_strbuf_append_cstr(ts, b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        gilt_strbuf_printf(ts, b, "'%s'", names[i]);
    }
}

static int missing_error(GiltThread *ts, GiltFunction *fn, const char **names,
                         int n, const char *kind) {
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_printf(ts, &b, "%s() missing %d required %s argument%s: ",
                       fname(fn), n, kind, n == 1 ? "" : "s");
    list_names(ts, &b, names, n);
    Value msg = gilt_strbuf_finish(ts, &b);
    if (msg)
        gilt_raise_value(ts, GILT_EXC_TYPE_ERROR, msg);
    return -1;
}

static int too_many_positional(GiltThread *ts, GiltFunction *fn, GiltFrame *f,
                               int given) {
    GiltCode *co = fn->code;
    int argc = (int)co->argcount;
    int defcount = fn->defaults ? (int)fn->defaults->len : 0;
    int kwonly_given = 0;
    for (uint32_t i = 0; i < co->kwonlyargcount; i++)
        if (f->slots[argc + (int)i])
            kwonly_given++;
    char sig[64], kwsig[96] = "";
    if (defcount)
        snprintf(sig, sizeof sig, "from %d to %d", argc - defcount, argc);
    else
        snprintf(sig, sizeof sig, "%d", argc);
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig,
                 " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    gilt_raise(ts, GILT_EXC_TYPE_ERROR,
               "%s() takes %s positional argument%s but %d%s %s given", fname(fn),
               sig, (argc == 1 && !defcount) ? "" : "s", given, kwsig,
               given == 1 && !kwonly_given ? "was" : "were");
    return -1;
}

// ---- binding ------------------------------------------------------------------------

// The parameter index for keyword [name] among [first, total), or -1.
static int param_index(GiltCode *co, GiltStr *name, int first, int total) {
    Value *vars = co->varnames->items;
    for (int i = first; i < total; i++)
        if (AS_OBJ(vars[i]) == &name->obj)
            return i;
    for (int i = first; i < total; i++)
        if (gilt_str_eq(AS_STR(vars[i]), name))
            return i;
    return -1;
}

// Every positional-only parameter given by keyword, in one message.
static int posonly_as_keyword(GiltThread *ts, GiltFunction *fn,
                              GiltTuple *kwnames) {
    GiltCode *co = fn->code;
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    bool first = true;
    for (size_t k = 0; k < kwnames->len; k++) {
        GiltStr *name = AS_STR(kwnames->items[k]);
        if (param_index(co, name, 0, (int)co->posonlyargcount) < 0)
            continue;
        if (!first)
            gilt_strbuf_append_cstr(ts, &b, ", ");
        first = false;
        gilt_strbuf_append_str(ts, &b, name);
    }
    Value names = gilt_strbuf_finish(ts, &b);
    if (names)
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "%s() got some positional-only arguments passed as keyword "
                   "arguments: '%U'",
                   fname(fn), AS_STR(names));
    return -1;
}

static int bind_keywords(GiltThread *ts, GiltFrame *f, GiltFunction *fn,
                         Value *kwvals, GiltTuple *kwnames, GiltDict *kwdict) {
    GiltCode *co = fn->code;
    int total = (int)(co->argcount + co->kwonlyargcount);
    int posonly = (int)co->posonlyargcount;
    for (size_t k = 0; k < kwnames->len; k++) {
        GiltStr *name = AS_STR(kwnames->items[k]);
        int j = param_index(co, name, posonly, total);
        if (j < 0) {
            if (kwdict) {
                if (gilt_dict_set_str(ts, kwdict, name, kwvals[k]) < 0)
                    return -1;
                continue;
            }
            if (param_index(co, name, 0, posonly) >= 0)
                return posonly_as_keyword(ts, fn, kwnames);
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "%s() got an unexpected keyword argument '%s'", fname(fn),
                       name->data);
            return -1;
        }
        if (f->slots[j]) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "%s() got multiple values for argument '%s'", fname(fn),
                       name->data);
            return -1;
        }
        f->slots[j] = kwvals[k];
    }
    return 0;
}

static int fill_defaults(GiltThread *ts, GiltFrame *f, GiltFunction *fn,
                         int nargs) {
    GiltCode *co = fn->code;
    int argc = (int)co->argcount;
    int ndef = fn->defaults ? (int)fn->defaults->len : 0;
    const char *missing[64];
    int nmissing = 0;
    for (int i = nargs; i < argc; i++) {
        if (f->slots[i])
            continue;
        int d = i - (argc - ndef);
        if (d >= 0)
            f->slots[i] = fn->defaults->items[d];
        else if (nmissing < 64)
            missing[nmissing++] = AS_STR(co->varnames->items[i])->data;
    }
    if (nmissing)
        return missing_error(ts, fn, missing, nmissing, "positional");
    for (uint32_t i = 0; i < co->kwonlyargcount; i++) {
        int j = argc + (int)i;
        if (f->slots[j])
            continue;
        GiltStr *name = AS_STR(co->varnames->items[j]);
        Value v = fn->kwdefaults ? gilt_dict_get_str(ts, fn->kwdefaults, name)
                                 : VAL_NULL;
        if (v)
            f->slots[j] = v;
        else if (nmissing < 64)
            missing[nmissing++] = name->data;
    }
    if (nmissing)
        return missing_error(ts, fn, missing, nmissing, "keyword-only");
    return 0;
}

static int bind_general(GiltThread *ts, GiltFrame *f, GiltFunction *fn,
                        Value *args, int nargs, GiltTuple *kwnames) {
    GiltCode *co = fn->code;
    int argc = (int)co->argcount;
    int total = argc + (int)co->kwonlyargcount;
    int n = nargs < argc ? nargs : argc;
    memcpy(f->slots, args, (size_t)n * sizeof(Value));
    GiltDict *kwdict = NULL;
    if (co->flags & GILT_CO_VARARGS) {
        GiltTuple *rest = gilt_tuple_from(ts, args + n, (size_t)(nargs - n));
        if (!rest)
            return -1;
        f->slots[total] = OBJ_VAL(rest);
    }
    if (co->flags & GILT_CO_VARKEYWORDS) {
        if (!(kwdict = gilt_dict_new(ts)))
            return -1;
        f->slots[total + ((co->flags & GILT_CO_VARARGS) ? 1 : 0)] = OBJ_VAL(kwdict);
    }
    if (kwnames && kwnames->len &&
        bind_keywords(ts, f, fn, args + nargs, kwnames, kwdict) < 0)
        return -1;
    if (nargs > argc && !(co->flags & GILT_CO_VARARGS))
        return too_many_positional(ts, fn, f, nargs);
    return fill_defaults(ts, f, fn, nargs);
}

static int setup_cells(GiltThread *ts, GiltFrame *f, GiltFunction *fn) {
    GiltCode *co = fn->code;
    Value *cells = f->slots + co->nlocals;
    for (uint32_t i = 0; i < co->ncells; i++) {
        int a = co->cell2arg ? co->cell2arg[i] : -1;
        Value c = gilt_cell_new(ts, a >= 0 ? f->slots[a] : VAL_NULL);
        if (!c)
            return -1;
        cells[i] = c;
    }
    if (co->nfree) {
        GiltTuple *cl = fn->closure;
        if (!cl || cl->len != co->nfree) {
            gilt_raise(ts, GILT_EXC_SYSTEM_ERROR, "bad closure for %s", fname(fn));
            return -1;
        }
        memcpy(cells + co->ncells, cl->items, co->nfree * sizeof(Value));
    }
    return 0;
}

int gilt_frame_bind(GiltThread *ts, GiltFrame *f, GiltFunction *fn,
                    Value *args, int nargs, GiltTuple *kwnames) {
    GiltCode *co = fn->code;
    f->func = fn;
    f->code = co;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->ip = co->code;
    f->sp = f->slots + gilt_code_nlocalsplus(co);
    bool simple = !(co->flags & (GILT_CO_VARARGS | GILT_CO_VARKEYWORDS)) &&
                  !co->kwonlyargcount && (!kwnames || !kwnames->len) &&
                  nargs == (int)co->argcount;
    if (simple) {
        if (nargs)
            memcpy(f->slots, args, (size_t)nargs * sizeof(Value));
    }
    else if (bind_general(ts, f, fn, args, nargs, kwnames) < 0)
        return -1;
    return (co->ncells || co->nfree) ? setup_cells(ts, f, fn) : 0;
}

GiltFrame *gilt_frame_for_call(GiltThread *ts, GiltFunction *fn, Value *args,
                               int nargs, GiltTuple *kwnames) {
    if (gilt_check_depth(ts) < 0)
        return NULL;
    GiltCode *co = fn->code;
    GiltFrame *f = gilt_frame_push(ts, gilt_code_nlocalsplus(co) + co->stacksize + 1);
    if (!f)
        return NULL;
    if (gilt_frame_bind(ts, f, fn, args, nargs, kwnames) < 0) {
        gilt_frame_pop(ts, f);
        return NULL;
    }
    ts->depth++;
    return f;
}

// ---- f(*args, **kwargs) -----------------------------------------------------------------

Value gilt_call_ex(GiltThread *ts, Value func, Value args, Value kwargs) {
    if (!GILT_IS(ts, args, TUPLE)) {
        GiltType *at = gilt_typeof(ts, args);
        if (!gilt_type_lookup(ts, at, GILT_NAME(ts, __iter__)) &&
            !gilt_type_lookup(ts, at, GILT_NAME(ts, __getitem__))) {
            Value fs = gilt_func_str(ts, func);
            if (fs)
                gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                           "%U argument after * must be an iterable, not %T",
                           AS_STR(fs), args);
            return VAL_NULL;
        }
        Value t = gilt_tuple_from_iterable(ts, args);
        if (!t)
            return VAL_NULL;
        args = t;
    }
    if (kwargs && !GILT_IS(ts, kwargs, DICT)) {
        GiltDict *d = gilt_dict_new(ts);
        if (!d)
            return VAL_NULL;
        gilt_gc_push_root(ts, OBJ_VAL(d));
        gilt_gc_push_root(ts, args);
        int r = gilt_dict_update(ts, d, kwargs);
        gilt_gc_pop_root(ts);
        gilt_gc_pop_root(ts);
        if (r < 0)
            return VAL_NULL;
        kwargs = OBJ_VAL(d);
    }
    gilt_gc_push_root(ts, args);
    if (kwargs)
        gilt_gc_push_root(ts, kwargs);
    Value r = gilt_call_tuple(ts, func, args, kwargs);
    if (kwargs)
        gilt_gc_pop_root(ts);
    gilt_gc_pop_root(ts);
    return r;
}
