/* call.c - Calling objects, and parsing the arguments of native functions.
 *
 * Argument arrays built here live on the C stack. That is safe under the
 * rooting rule because every value put in them is also reachable from the
 * caller (its own rooted arguments, or the callable itself).
 */
#include "../vm/gc.h"
#include "dict.h"
#include "func.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define SMALL_ARGS 16

Value gilt_call(GiltThread *ts, Value callable, Value *args, int nargs,
                GiltTuple *kwnames) {
    GiltCallFn f = gilt_typeof(ts, callable)->call;
    if (GILT_UNLIKELY(!f))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "'%T' object is not callable", callable);
    return f(ts, callable, args, nargs, kwnames);
}

Value gilt_call0(GiltThread *ts, Value callable) {
    return gilt_call(ts, callable, NULL, 0, NULL);
}

Value gilt_call1(GiltThread *ts, Value callable, Value a) {
    return gilt_call(ts, callable, &a, 1, NULL);
}

Value gilt_call2(GiltThread *ts, Value callable, Value a, Value b) {
    Value args[2] = {a, b};
    return gilt_call(ts, callable, args, 2, NULL);
}

bool gilt_callable(GiltThread *ts, Value v) {
    return gilt_typeof(ts, v)->call != NULL;
}

Value gilt_call_with_self(GiltThread *ts, Value func, Value self, Value *args,
                          int nargs, GiltTuple *kwnames) {
    size_t total = (size_t)nargs + 1 + (kwnames ? kwnames->len : 0);
    Value small[SMALL_ARGS];
    Value *buf = small;
    if (total > SMALL_ARGS && !(buf = malloc(total * sizeof(Value))))
        return gilt_raise_nomem(ts);
    buf[0] = self;
    if (total > 1)
        memcpy(buf + 1, args, (total - 1) * sizeof(Value));
    Value r = gilt_call(ts, func, buf, nargs + 1, kwnames);
    if (buf != small)
        free(buf);
    return r;
}

// Functions and method descriptors bind by calling with self in front;
// anything else found on the type is bound through its descr_get.
static bool binds_plainly(GiltThread *ts, Value f) {
    return GILT_IS(ts, f, FUNCTION) || GILT_IS(ts, f, METHOD_DESCR);
}

Value gilt_call_method(GiltThread *ts, Value obj, GiltStr *name, Value *args,
                       int nargs) {
    GiltType *t = gilt_typeof(ts, obj);
    if (!t->getattr) {
        Value f = gilt_type_lookup(ts, t, name);
        if (f && binds_plainly(ts, f)) {
            GiltDict **slot = IS_OBJ(obj) ? gilt_instance_dict_slot(AS_OBJ(obj))
                                          : NULL;
            if (!slot || !*slot || !gilt_dict_get_str(ts, *slot, name))
                return gilt_call_with_self(ts, f, obj, args, nargs, NULL);
        }
    }
    Value m = gilt_getattr(ts, obj, name);
    if (!m)
        return VAL_NULL;
    gilt_gc_push_root(ts, m);
    Value r = gilt_call(ts, m, args, nargs, NULL);
    gilt_gc_pop_root(ts);
    return r;
}

Value gilt_call_dunder(GiltThread *ts, Value obj, GiltStr *name, Value *args,
                       int nargs, bool *found) {
    Value f = gilt_type_lookup(ts, gilt_typeof(ts, obj), name);
    *found = f != VAL_NULL && f != VAL_NONE;
    if (!*found)
        return VAL_NULL;
    if (binds_plainly(ts, f))
        return gilt_call_with_self(ts, f, obj, args, nargs, NULL);
    GiltDescrGetFn get = gilt_typeof(ts, f)->descr_get;
    Value bound = get ? get(ts, f, obj, OBJ_VAL(gilt_typeof(ts, obj))) : f;
    if (!bound)
        return VAL_NULL;
    gilt_gc_push_root(ts, bound);
    Value r = gilt_call(ts, bound, args, nargs, NULL);
    gilt_gc_pop_root(ts);
    return r;
}

Value gilt_call_tuple(GiltThread *ts, Value func, Value args, Value kwargs) {
    GiltTuple *a = AS_TUPLE(args);
    size_t nkw = kwargs ? AS_DICT(kwargs)->len : 0;
    if (nkw == 0)
        return gilt_call(ts, func, a->items, (int)a->len, NULL);
    GiltTuple *names = gilt_tuple_new(ts, nkw);
    if (!names)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(names));
    size_t total = a->len + nkw;
    Value *buf = malloc(total * sizeof(Value));
    if (!buf) {
        gilt_gc_pop_root(ts);
        return gilt_raise_nomem(ts);
    }
    memcpy(buf, a->items, a->len * sizeof(Value));
    size_t pos = 0, i = 0;
    Value k, v;
    while (gilt_dict_next(AS_DICT(kwargs), &pos, &k, &v)) {
        if (!GILT_IS_SUB(ts, k, GILT_TF_STR_SUB)) {
            free(buf);
            gilt_gc_pop_root(ts);
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "keywords must be strings");
        }
        GiltStr *ks = gilt_str_intern(ts, AS_STR(k));
        names->items[i] = OBJ_VAL(ks);
        buf[a->len + i++] = v;
    }
    Value r = gilt_call(ts, func, buf, (int)a->len, names);
    free(buf);
    gilt_gc_pop_root(ts);
    return r;
}

// ---- argument parsing for natives ---------------------------------------------------

int gilt_no_kwargs(GiltThread *ts, const char *fname, GiltTuple *kwnames) {
    if (!kwnames || kwnames->len == 0)
        return 0;
    gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%s() takes no keyword arguments", fname);
    return -1;
}

// A parameter's name without its markers ("/$start" -> "start").
static const char *param_name(const char *n) {
    n += n[0] == '/';
    return n + (n[0] == '$');
}

static int count_params(const char *const *names, int *npos, int *posonly) {
    int n = 0;
    *npos = -1;
    *posonly = 0;
    for (; names[n]; n++) {
        const char *m = names[n] + (names[n][0] == '/');
        if (m[0] == '$' && *npos < 0)
            *npos = n;
        if (names[n][0] == '/')
            *posonly = n;
    }
    if (*npos < 0)
        *npos = n;
    return n;
}

// Too many arguments, or too many positional ones, worded as CPython's
// _PyArg_UnpackKeywords does.
static int too_many(GiltThread *ts, const char *fname, int n, int npos, int min,
                    int nargs, int nkw) {
    if (nargs + nkw > n)
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "%s() takes at most %d %sargument%s (%d given)", fname, n,
                   nargs ? "" : "keyword ", n == 1 ? "" : "s", nargs + nkw);
    else if (npos == 0)
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%s() takes no positional arguments",
                   fname);
    else
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "%s() takes %s %d positional argument%s (%d given)", fname,
                   min < npos ? "at most" : "exactly", npos, npos == 1 ? "" : "s",
                   nargs);
    return -1;
}

// The keyword argument called [name], or VAL_NULL.
static Value find_keyword(GiltTuple *kwnames, Value *kwvalues, const char *name) {
    for (size_t k = 0; k < kwnames->len; k++)
        if (gilt_str_eq_cstr(AS_STR(kwnames->items[k]), name))
            return kwvalues[k];
    return VAL_NULL;
}

// Keywords left over once every parameter has been looked up: one names a
// parameter given by position, or none at all.
static int extra_keyword(GiltThread *ts, const char *fname,
                         const char *const *names, int n, int posonly,
                         int nargs, GiltTuple *kwnames, Value *kwvalues) {
    for (int i = posonly; i < nargs; i++)
        if (find_keyword(kwnames, kwvalues, param_name(names[i]))) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "argument for %s() given by name ('%s') and position "
                       "(%d)",
                       fname, param_name(names[i]), i + 1);
            return -1;
        }
    for (size_t k = 0; k < kwnames->len; k++) {
        GiltStr *key = AS_STR(kwnames->items[k]);
        bool known = false;
        for (int i = posonly; i < n && !known; i++)
            known = gilt_str_eq_cstr(key, param_name(names[i]));
        if (!known) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "'%s' is an invalid keyword argument for %s()", key->data,
                       fname);
            return -1;
        }
    }
    // Only a keyword given twice gets here.
    gilt_raise(ts, GILT_EXC_TYPE_ERROR, "invalid keyword argument for %s()", fname);
    return -1;
}

// The steps and messages of CPython's _PyArg_UnpackKeywords.
int gilt_parse_args(GiltThread *ts, const char *fname, Value *args, int nargs,
                    GiltTuple *kwnames, const char *const *names, int min,
                    Value *out) {
    // After *args (print's sep= and end=): no total to exceed.
    bool varargs = names[0] && !strcmp(names[0], "*");
    names += varargs;
    int npos, posonly;
    int n = count_params(names, &npos, &posonly);
    for (int i = 0; i < n; i++)
        out[i] = VAL_NULL;
    int nkw = kwnames ? (int)kwnames->len : 0;
    if ((!varargs && nargs + nkw > n) || nargs > npos)
        return too_many(ts, fname, n, npos, min, nargs, nkw);
    // Too few positional-only arguments (the only ones a keyword cannot
    // supply) are counted; any other missing one is named.
    int minposonly = posonly < min ? posonly : min;
    if (nkw == 0 && nargs < minposonly) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "%s() takes %s %d positional argument%s (%d given)", fname,
                   minposonly < npos ? "at least" : "exactly", minposonly,
                   minposonly == 1 ? "" : "s", nargs);
        return -1;
    }
    for (int i = 0; i < nargs; i++)
        out[i] = args[i];
    int left = nkw;
    for (int i = nargs > posonly ? nargs : posonly; i < n; i++) {
        if (left)
            out[i] = find_keyword(kwnames, args + nargs, param_name(names[i]));
        if (out[i]) {
            left--;
        } else if (i < min) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "%s() missing required argument '%s' (pos %d)", fname,
                       param_name(names[i]), i + 1);
            return -1;
        }
    }
    if (left)
        return extra_keyword(ts, fname, names, n, posonly, nargs, kwnames,
                             args + nargs);
    return 0;
}
