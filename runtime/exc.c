/* exc.c - Raising exceptions, and the builtin exception classes.
 *
 * All exception classes share the GiltException layout; the attributes
 * some of them add (StopIteration.value, OSError.errno, ...) live in the
 * instance __dict__, set from the constructor arguments by set_extras(),
 * which both their __init__ and the C raise helpers use.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../vm/gc.h"
#include "dict.h"
#include "list.h"
#include "str.h"
#include "traceback.h"
#include "tuple.h"
#include "type.h"

// ---- the exception in flight ------------------------------------------------------

Value gilt_exc_current(GiltThread *ts) {
    return ts->exc;
}

bool gilt_exc_matches(GiltThread *ts, GiltExcId id) {
    return ts->exc && gilt_isinstance_type(ts, ts->exc, ts->vm->exc_types[id]);
}

Value gilt_exc_fetch(GiltThread *ts) {
    Value e = ts->exc;
    ts->exc = VAL_NULL;
    return e;
}

void gilt_exc_clear(GiltThread *ts) {
    ts->exc = VAL_NULL;
}

void gilt_exc_restore(GiltThread *ts, Value exc) {
    ts->exc = exc;
}

GiltType *gilt_exc_type(GiltThread *ts, GiltExcId id) {
    return ts->vm->exc_types[id];
}

bool gilt_is_exception(GiltThread *ts, Value v) {
    (void)ts;
    return IS_OBJ(v) && (AS_OBJ(v)->type->flags & GILT_TF_EXC_SUB);
}

bool gilt_is_exception_type(GiltThread *ts, Value v) {
    (void)ts;
    return gilt_is_type(v) && (AS_TYPE(v)->flags & GILT_TF_EXC_SUB);
}

// ---- creating ------------------------------------------------------------------

static GiltException *exc_alloc(GiltThread *ts, GiltType *type) {
    GiltException *e = gilt_alloc_instance(ts, type, sizeof(GiltException));
    if (!e)
        return NULL;
    e->args = ts->vm->empty_tuple;
    e->traceback = e->cause = e->context = VAL_NONE;
    return e;
}

static int set_attr(GiltThread *ts, GiltException *e, const char *name,
                    Value v) {
    if (!e->dict && !(e->dict = gilt_dict_new(ts)))
        return -1;
    return gilt_dict_set_cstr(ts, e->dict, name, v);
}

static Value arg_or_none(GiltTuple *args, size_t i) {
    return i < args->len ? args->items[i] : VAL_NONE;
}

static int set_oserror_extras(GiltThread *ts, GiltException *e,
                              GiltTuple *a) {
    bool pair = a->len >= 2 && a->len <= 5;
    if (set_attr(ts, e, "errno", pair ? a->items[0] : VAL_NONE) < 0 ||
        set_attr(ts, e, "strerror", pair ? a->items[1] : VAL_NONE) < 0 ||
        set_attr(ts, e, "filename", pair ? arg_or_none(a, 2) : VAL_NONE) < 0 ||
        set_attr(ts, e, "filename2", pair ? arg_or_none(a, 4) : VAL_NONE) < 0)
        return -1;
    // Like CPython, args keeps only (errno, strerror) when a filename is
    // given.
    if (a->len >= 3 && pair) {
        GiltTuple *t = gilt_tuple_from(ts, a->items, 2);
        if (!t)
            return -1;
        e->args = OBJ_VAL(t);
    }
    return 0;
}

// The attributes a builtin exception class derives from its arguments.
static int set_extras(GiltThread *ts, GiltException *e) {
    GiltVM *vm = ts->vm;
    GiltType *t = e->obj.type;
    GiltTuple *a = AS_TUPLE(e->args);
#define IS(id) gilt_is_subtype(t, vm->exc_types[GILT_EXC_##id])
    if (IS(STOP_ITERATION))
        return set_attr(ts, e, "value", arg_or_none(a, 0));
    if (IS(SYSTEM_EXIT))
        return set_attr(ts, e, "code",
                        a->len == 1 ? a->items[0]
                        : a->len    ? e->args
                                    : VAL_NONE);
    if (IS(OS_ERROR))
        return set_oserror_extras(ts, e, a);
    if (IS(IMPORT_ERROR))
        return set_attr(ts, e, "msg", arg_or_none(a, 0)) < 0 ||
                       set_attr(ts, e, "name", VAL_NONE) < 0 ||
                       set_attr(ts, e, "path", VAL_NONE) < 0
                   ? -1
                   : 0;
    if ((IS(UNICODE_DECODE_ERROR) || IS(UNICODE_ENCODE_ERROR)) && a->len == 5) {
        const char *names[] = {"encoding", "object", "start", "end", "reason"};
        for (int i = 0; i < 5; i++)
            if (set_attr(ts, e, names[i], a->items[i]) < 0)
                return -1;
        return 0;
    }
    if (IS(SYNTAX_ERROR)) {
        Value detail = a->len == 2 && GILT_IS_SUB(ts, a->items[1], GILT_TF_TUPLE_SUB)
                           ? a->items[1]
                           : VAL_NULL;
        GiltTuple *d = detail ? AS_TUPLE(detail) : NULL;
        const char *names[] = {"filename", "lineno", "offset", "text",
                               "end_lineno", "end_offset"};
        if (set_attr(ts, e, "msg", arg_or_none(a, 0)) < 0 ||
            set_attr(ts, e, "print_file_and_line", VAL_NONE) < 0)
            return -1;
        for (size_t i = 0; i < 6; i++)
            if (set_attr(ts, e, names[i], d ? arg_or_none(d, i) : VAL_NONE) < 0)
                return -1;
    }
#undef IS
    return 0;
}

GiltException *gilt_exc_new(GiltThread *ts, GiltType *type, Value args) {
    GiltException *e = exc_alloc(ts, type);
    if (!e)
        return NULL;
    e->args = args;
    return set_extras(ts, e) < 0 ? NULL : e;
}

// ---- raising -------------------------------------------------------------------

// Set [exc] in flight, chaining the exception being handled as its
// __context__ (without making a cycle).
static Value set_in_flight(GiltThread *ts, Value exc) {
    Value handled = ts->exc_info;
    GiltException *e = (GiltException *)AS_OBJ(exc);
    if (handled && handled != exc && e->context == VAL_NONE) {
        Value c = handled;
        while (c && c != VAL_NONE) {
            GiltException *ce = (GiltException *)AS_OBJ(c);
            if (ce->context == exc) {
                ce->context = VAL_NONE;
                break;
            }
            c = ce->context;
        }
        e->context = handled;
    }
    ts->exc = exc;
    return VAL_NULL;
}

Value gilt_raisev(GiltThread *ts, GiltExcId id, const char *fmt, va_list ap) {
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_vformat(ts, &b, fmt, ap);
    // Formatting may itself have raised (a failing repr): that one wins.
    if (b.failed || ts->exc) {
        gilt_strbuf_free(ts, &b);
        return VAL_NULL;
    }
    Value msg = gilt_strbuf_finish(ts, &b);
    if (!msg)
        return VAL_NULL;
    return gilt_raise_value(ts, id, msg);
}

Value gilt_raise(GiltThread *ts, GiltExcId id, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    gilt_raisev(ts, id, fmt, ap);
    va_end(ap);
    return VAL_NULL;
}

Value gilt_raise_value(GiltThread *ts, GiltExcId id, Value arg) {
    GiltTuple *args = arg ? gilt_tuple_from(ts, &arg, 1)
                          : AS_TUPLE(ts->vm->empty_tuple);
    if (!args)
        return VAL_NULL;
    GiltException *e = gilt_exc_new(ts, ts->vm->exc_types[id], OBJ_VAL(args));
    if (!e)
        return VAL_NULL;
    return set_in_flight(ts, OBJ_VAL(e));
}

Value gilt_raise_obj(GiltThread *ts, Value exc) {
    if (gilt_is_exception_type(ts, exc)) {
        Value inst = gilt_call0(ts, exc);
        if (!inst)
            return VAL_NULL;
        if (!gilt_is_exception(ts, inst))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "calling %R should have returned an instance of "
                              "BaseException, not %T",
                              exc, inst);
        exc = inst;
    } else if (!gilt_is_exception(ts, exc)) {
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "exceptions must derive from BaseException");
    }
    return set_in_flight(ts, exc);
}

Value gilt_raise_nomem(GiltThread *ts) {
    GiltException *e = (GiltException *)AS_OBJ(ts->vm->memory_error);
    e->traceback = VAL_NONE;
    e->context = VAL_NONE;
    ts->exc = ts->vm->memory_error;
    return VAL_NULL;
}

static GiltExcId errno_class(int err) {
    switch (err) {
    case ENOENT:
        return GILT_EXC_FILE_NOT_FOUND_ERROR;
    case EEXIST:
        return GILT_EXC_FILE_EXISTS_ERROR;
    case EISDIR:
        return GILT_EXC_IS_A_DIRECTORY_ERROR;
    case ENOTDIR:
        return GILT_EXC_NOT_A_DIRECTORY_ERROR;
    case EACCES:
    case EPERM:
        return GILT_EXC_PERMISSION_ERROR;
    case EINTR:
        return GILT_EXC_INTERRUPTED_ERROR;
    case EPIPE:
        return GILT_EXC_BROKEN_PIPE_ERROR;
    case ECONNREFUSED:
        return GILT_EXC_CONNECTION_REFUSED_ERROR;
    case ECONNRESET:
        return GILT_EXC_CONNECTION_RESET_ERROR;
    case ECONNABORTED:
        return GILT_EXC_CONNECTION_ABORTED_ERROR;
    case ETIMEDOUT:
        return GILT_EXC_TIMEOUT_ERROR;
    case ESRCH:
        return GILT_EXC_PROCESS_LOOKUP_ERROR;
    case ECHILD:
        return GILT_EXC_CHILD_PROCESS_ERROR;
    case EAGAIN:
    case EINPROGRESS:
        return GILT_EXC_BLOCKING_IO_ERROR;
    default:
        return GILT_EXC_OS_ERROR;
    }
}

Value gilt_raise_errno(GiltThread *ts, int err, Value filename) {
    Value items[3] = {INT_VAL(err), gilt_str_from_cstr(ts, strerror(err)),
                      filename};
    if (!items[1])
        return VAL_NULL;
    GiltTuple *args = gilt_tuple_from(ts, items, filename ? 3 : 2);
    if (!args)
        return VAL_NULL;
    GiltException *e =
        gilt_exc_new(ts, ts->vm->exc_types[errno_class(err)], OBJ_VAL(args));
    return e ? set_in_flight(ts, OBJ_VAL(e)) : VAL_NULL;
}

// ---- BaseException's methods -------------------------------------------------------

#define AS_EXC(v) ((GiltException *)AS_OBJ(v))

// OSError(errno, ...) builds the subclass its errno names, as CPython does.
static GiltType *oserror_subclass(GiltThread *ts, GiltType *cls, Value *args,
                                  int nargs) {
    if (cls != ts->vm->exc_types[GILT_EXC_OS_ERROR] || nargs < 2 ||
        !IS_INT(args[0]))
        return cls;
    return ts->vm->exc_types[errno_class((int)AS_INT(args[0]))];
}

static Value exc_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)kw;
    if (!gilt_is_exception_type(ts, args[0]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "BaseException.__new__(X): X is not a subtype of "
                          "BaseException");
    GiltType *cls = oserror_subclass(ts, AS_TYPE(args[0]), args + 1, nargs - 1);
    GiltException *e = exc_alloc(ts, cls);
    if (!e)
        return VAL_NULL;
    GiltTuple *t = gilt_tuple_from(ts, args + 1, (size_t)nargs - 1);
    if (!t)
        return VAL_NULL;
    e->args = OBJ_VAL(t);
    return OBJ_VAL(e);
}

// ImportError(msg, name=..., path=...): the only builtin exception taking
// keywords.
static int import_keywords(GiltThread *ts, GiltException *e, Value *kwv,
                           GiltTuple *kw) {
    for (size_t i = 0; i < kw->len; i++) {
        GiltStr *k = AS_STR(kw->items[i]);
        if (!gilt_str_eq_cstr(k, "name") && !gilt_str_eq_cstr(k, "path")) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "'%U' is an invalid keyword argument for ImportError()", k);
            return -1;
        }
        if (set_attr(ts, e, k->data, kwv[i]) < 0)
            return -1;
    }
    return 0;
}

static Value exc_init(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltException *e = AS_EXC(args[0]);
    GiltType *t = e->obj.type;
    bool import = gilt_is_subtype(t, ts->vm->exc_types[GILT_EXC_IMPORT_ERROR]);
    if (kw && kw->len && !(t->flags & GILT_TF_HEAPTYPE) && !import)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "%U() takes no keyword arguments", t->name);
    GiltTuple *a = gilt_tuple_from(ts, args + 1, (size_t)nargs - 1);
    if (!a)
        return VAL_NULL;
    e->args = OBJ_VAL(a);
    if (set_extras(ts, e) < 0)
        return VAL_NULL;
    if (import && kw && kw->len && import_keywords(ts, e, args + nargs, kw) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value exc_str(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltTuple *a = AS_TUPLE(AS_EXC(args[0])->args);
    if (a->len == 0)
        return ts->vm->empty_str;
    if (a->len == 1)
        return gilt_str(ts, a->items[0]);
    return gilt_str(ts, OBJ_VAL(a));
}

static Value exc_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    GiltException *e = AS_EXC(args[0]);
    GiltTuple *a = AS_TUPLE(e->args);
    const char *name = gilt_type_cname(e->obj.type);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_cstr(ts, &b, name);
    if (a->len == 1) {
        gilt_strbuf_append_char(ts, &b, '(');
        gilt_strbuf_append_repr(ts, &b, a->items[0]);
        gilt_strbuf_append_char(ts, &b, ')');
    } else {
        gilt_strbuf_append_repr(ts, &b, e->args);
    }
    return gilt_strbuf_finish(ts, &b);
}

static Value exc_with_traceback(GiltThread *ts, Value *args, int nargs,
                                GiltTuple *kw) {
    (void)nargs, (void)kw;
    if (args[1] != VAL_NONE && !GILT_IS(ts, args[1], TRACEBACK))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "__traceback__ must be a traceback or None");
    AS_EXC(args[0])->traceback = args[1];
    return args[0];
}

static Value exc_add_note(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    (void)nargs, (void)kw;
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "note must be a str, not '%T'", args[1]);
    GiltStr *name = gilt_str_intern_cstr(ts, "__notes__");
    Value notes = name ? gilt_getattr_opt(ts, args[0], name) : VAL_NULL;
    if (!notes) {
        if (ts->exc)
            return VAL_NULL;
        GiltList *l = gilt_list_new(ts, 1);
        if (!l || gilt_setattr(ts, args[0], name, OBJ_VAL(l)) < 0)
            return VAL_NULL;
        notes = OBJ_VAL(l);
    }
    if (!GILT_IS(ts, notes, LIST))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "Cannot add note: __notes__ is not a list");
    return gilt_list_append(ts, AS_LIST(notes), args[1]) < 0 ? VAL_NULL
                                                             : VAL_NONE;
}

static const GiltMethodDef exc_methods[] = {
    {"__new__", exc_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__init__", exc_init, 0, -1, GILT_M_KW},
    {"__str__", exc_str, 0, 0, 0},
    {"__repr__", exc_repr, 0, 0, 0},
    {"with_traceback", exc_with_traceback, 1, 1, 0},
    {"add_note", exc_add_note, 1, 1, 0},
    {NULL}};

static Value get_args(GiltThread *ts, Value self) {
    (void)ts;
    return AS_EXC(self)->args;
}

static int set_args(GiltThread *ts, Value self, Value v) {
    if (!v) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "args may not be deleted");
        return -1;
    }
    Value t = gilt_tuple_from_iterable(ts, v);
    if (!t)
        return -1;
    AS_EXC(self)->args = t;
    return 0;
}

static Value get_tb(GiltThread *ts, Value self) {
    (void)ts;
    return AS_EXC(self)->traceback;
}

static int set_tb(GiltThread *ts, Value self, Value v) {
    if (!v || (v != VAL_NONE && !GILT_IS(ts, v, TRACEBACK))) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "__traceback__ must be a traceback or None");
        return -1;
    }
    AS_EXC(self)->traceback = v;
    return 0;
}

static Value get_cause(GiltThread *ts, Value self) {
    (void)ts;
    return AS_EXC(self)->cause;
}

static int set_chained(GiltThread *ts, Value v, const char *what) {
    if (!v) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "__%s__ may not be deleted", what);
        return -1;
    }
    if (v != VAL_NONE && !gilt_is_exception(ts, v)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "exception %s must be None or derive from BaseException",
                   what);
        return -1;
    }
    return 0;
}

static int set_cause(GiltThread *ts, Value self, Value v) {
    if (set_chained(ts, v, "cause") < 0)
        return -1;
    AS_EXC(self)->cause = v;
    AS_EXC(self)->suppress_context = true;
    return 0;
}

static Value get_context(GiltThread *ts, Value self) {
    (void)ts;
    return AS_EXC(self)->context;
}

static int set_context(GiltThread *ts, Value self, Value v) {
    if (set_chained(ts, v, "context") < 0)
        return -1;
    AS_EXC(self)->context = v;
    return 0;
}

static Value get_suppress(GiltThread *ts, Value self) {
    (void)ts;
    return BOOL_VAL(AS_EXC(self)->suppress_context);
}

static int set_suppress(GiltThread *ts, Value self, Value v) {
    int t = v ? gilt_truthy(ts, v) : 0;
    if (t < 0)
        return -1;
    AS_EXC(self)->suppress_context = t;
    return 0;
}

static const GiltGetSetDef exc_getsets[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_tb, set_tb},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress, set_suppress},
    {NULL}};

// ---- subclass-specific __str__ -----------------------------------------------------

static Value keyerror_str(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    GiltTuple *a = AS_TUPLE(AS_EXC(args[0])->args);
    if (a->len == 1)
        return gilt_repr(ts, a->items[0]);
    return exc_str(ts, args, nargs, kw);
}

static Value dict_attr(GiltThread *ts, Value self, const char *name) {
    GiltDict *d = AS_EXC(self)->dict;
    GiltStr *n = gilt_str_intern_cstr(ts, name);
    Value v = d && n ? gilt_dict_get_str(ts, d, n) : VAL_NULL;
    return v ? v : VAL_NONE;
}

static Value oserror_str(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    Value self = args[0];
    Value err = dict_attr(ts, self, "errno"), msg = dict_attr(ts, self, "strerror");
    Value fn = dict_attr(ts, self, "filename"), fn2 = dict_attr(ts, self, "filename2");
    if (err == VAL_NONE || msg == VAL_NONE)
        return exc_str(ts, args, nargs, kw);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_cstr(ts, &b, "[Errno ");
    gilt_strbuf_append_strof(ts, &b, err);
    gilt_strbuf_append_cstr(ts, &b, "] ");
    gilt_strbuf_append_strof(ts, &b, msg);
    if (fn != VAL_NONE) {
        gilt_strbuf_append_cstr(ts, &b, ": ");
        gilt_strbuf_append_repr(ts, &b, fn);
        if (fn2 != VAL_NONE) {
            gilt_strbuf_append_cstr(ts, &b, " -> ");
            gilt_strbuf_append_repr(ts, &b, fn2);
        }
    }
    return gilt_strbuf_finish(ts, &b);
}

static Value syntaxerror_str(GiltThread *ts, Value *args, int nargs,
                             GiltTuple *kw) {
    (void)nargs, (void)kw;
    Value self = args[0];
    Value msg = dict_attr(ts, self, "msg"), fn = dict_attr(ts, self, "filename");
    Value line = dict_attr(ts, self, "lineno");
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_strof(ts, &b, msg);
    bool has_fn = GILT_IS_SUB(ts, fn, GILT_TF_STR_SUB);
    bool has_line = IS_INT(line);
    if (has_fn || has_line) {
        gilt_strbuf_append_cstr(ts, &b, " (");
        if (has_fn) {
            const char *f = AS_STR(fn)->data, *slash = strrchr(f, '/');
            gilt_strbuf_append_cstr(ts, &b, slash ? slash + 1 : f);
        }
        if (has_line)
            gilt_strbuf_printf(ts, &b, "%sline %lld", has_fn ? ", " : "",
                               (long long)AS_INT(line));
        gilt_strbuf_append_char(ts, &b, ')');
    }
    return gilt_strbuf_finish(ts, &b);
}

static Value importerror_str(GiltThread *ts, Value *args, int nargs,
                             GiltTuple *kw) {
    Value msg = dict_attr(ts, args[0], "msg");
    if (msg != VAL_NONE)
        return gilt_str(ts, msg);
    return exc_str(ts, args, nargs, kw);
}

// UnicodeDecodeError / UnicodeEncodeError: "'utf-8' codec can't decode
// byte 0xff in position 0: invalid start byte".
static Value unicode_str(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value self = args[0];
    Value enc = dict_attr(ts, self, "encoding"), obj = dict_attr(ts, self, "object");
    Value st = dict_attr(ts, self, "start"), en = dict_attr(ts, self, "end");
    Value why = dict_attr(ts, self, "reason");
    if (!IS_INT(st) || !IS_INT(en) || !GILT_IS_SUB(ts, enc, GILT_TF_STR_SUB) ||
        !GILT_IS_SUB(ts, why, GILT_TF_STR_SUB))
        return exc_str(ts, args, nargs, kw);
    int64_t s = AS_INT(st), e = AS_INT(en);
    bool decode = gilt_isinstance_type(
        ts, self, ts->vm->exc_types[GILT_EXC_UNICODE_DECODE_ERROR]);
    const char *verb = decode ? "decode" : "encode";
    if (e == s + 1) {
        Value item = gilt_getitem(ts, obj, INT_VAL(s));
        if (!item)
            return VAL_NULL;
        if (decode)
            return gilt_str_printf(ts, "'%s' codec can't decode byte 0x%02x in "
                                       "position %lld: %s",
                                   AS_STR(enc)->data, (unsigned)AS_INT(item),
                                   (long long)s, AS_STR(why)->data);
        size_t pos = 0;
        uint32_t c = gilt_utf8_decode(AS_STR(item)->data, &pos);
        const char *fmt = c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x";
        char esc[16];
        snprintf(esc, sizeof esc, fmt, c);
        return gilt_str_printf(ts, "'%s' codec can't encode character '%s' in "
                                   "position %lld: %s",
                               AS_STR(enc)->data, esc, (long long)s,
                               AS_STR(why)->data);
    }
    return gilt_str_printf(ts, "'%s' codec can't %s %s in position %lld-%lld: %s",
                           AS_STR(enc)->data, verb, decode ? "bytes" : "characters",
                           (long long)s, (long long)e - 1, AS_STR(why)->data);
}

Value gilt_raise_unicode_error(GiltThread *ts, bool decode, const char *encoding,
                               Value object, size_t start, size_t end,
                               const char *reason) {
    Value enc = gilt_str_from_cstr(ts, encoding);
    Value why = enc ? gilt_str_from_cstr(ts, reason) : VAL_NULL;
    Value args = why ? gilt_tuple_pack(ts, 5, enc, object, INT_VAL((int64_t)start),
                                       INT_VAL((int64_t)end), why)
                     : VAL_NULL;
    if (!args)
        return VAL_NULL;
    GiltExcId id = decode ? GILT_EXC_UNICODE_DECODE_ERROR : GILT_EXC_UNICODE_ENCODE_ERROR;
    GiltException *e = gilt_exc_new(ts, ts->vm->exc_types[id], args);
    return e ? set_in_flight(ts, OBJ_VAL(e)) : VAL_NULL;
}

static const GiltMethodDef unicode_methods[] = {
    {"__str__", unicode_str, 0, 0, 0}, {NULL}};

static const GiltMethodDef keyerror_methods[] = {
    {"__str__", keyerror_str, 0, 0, 0}, {NULL}};
static const GiltMethodDef oserror_methods[] = {
    {"__str__", oserror_str, 0, 0, 0}, {NULL}};
static const GiltMethodDef syntaxerror_methods[] = {
    {"__str__", syntaxerror_str, 0, 0, 0}, {NULL}};
static const GiltMethodDef importerror_methods[] = {
    {"__str__", importerror_str, 0, 0, 0}, {NULL}};

// ---- the hierarchy ----------------------------------------------------------------

static void exc_trace(GiltGC *gc, GiltObject *o) {
    GiltException *e = (GiltException *)o;
    gilt_gc_mark_obj(gc, (GiltObject *)e->dict);
    gilt_gc_mark(gc, e->args);
    gilt_gc_mark(gc, e->traceback);
    gilt_gc_mark(gc, e->cause);
    gilt_gc_mark(gc, e->context);
}

static const GiltMethodDef *extra_methods(GiltExcId id) {
    switch (id) {
    case GILT_EXC_KEY_ERROR:
        return keyerror_methods;
    case GILT_EXC_OS_ERROR:
        return oserror_methods;
    case GILT_EXC_SYNTAX_ERROR:
        return syntaxerror_methods;
    case GILT_EXC_IMPORT_ERROR:
        return importerror_methods;
    case GILT_EXC_UNICODE_DECODE_ERROR:
    case GILT_EXC_UNICODE_ENCODE_ERROR:
        return unicode_methods;
    default:
        return NULL;
    }
}

static const struct {
    const char *name;
    GiltExcId base;
} exc_table[] = {
#define X(id, name, base) {name, GILT_EXC_##base},
    GILT_EXCEPTIONS(X)
#undef X
};

int gilt_exc_init_types(GiltThread *ts) {
    GiltVM *vm = ts->vm;
    for (int i = 0; i < GILT_EXC__COUNT; i++) {
        GiltTypeSpec s = {
            .name = exc_table[i].name,
            .base_type = i ? vm->exc_types[exc_table[i].base] : NULL,
            .basicsize = sizeof(GiltException),
            .dict_offset = offsetof(GiltException, dict),
            .flags = GILT_TF_BASETYPE | GILT_TF_EXC_SUB,
            .trace = exc_trace,
            .methods = i == 0 ? exc_methods : extra_methods((GiltExcId)i),
            .getsets = i == 0 ? exc_getsets : NULL,
        };
        if (!(vm->exc_types[i] = gilt_type_from_spec(ts, &s, GILT_T__COUNT)))
            return -1;
    }
    GiltException *mem = gilt_exc_new(ts, vm->exc_types[GILT_EXC_MEMORY_ERROR],
                                      vm->empty_tuple);
    if (!mem)
        return -1;
    vm->memory_error = OBJ_VAL(mem);
    return 0;
}
