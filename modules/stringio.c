/* stringio.c - io.StringIO: a text stream over an in-memory buffer.
 *
 * The text is kept as an array of code points so that seek/tell/read
 * positions (in characters) and overwriting writes are O(1) per
 * character; getvalue() encodes it back to a str. Newline handling
 * follows the newline argument as TextIOWrapper's: None translates \r
 * and \r\n to \n on writing, "\r" and "\r\n" translate \n to themselves
 * on writing, "" and "\n" keep the text as written; readline splits on
 * the matching terminators.
 */
#include "stringio.h"

#include <stddef.h>
#include <string.h>

#include "../runtime/dict.h"
#include "../runtime/int.h"
#include "../runtime/list.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "../vm/gc.h"
#include "modules.h"

enum { NL_LF, NL_UNIVERSAL, NL_NONE_TRANSLATE, NL_CR, NL_CRLF };

typedef struct {
    GiltObject obj;
    uint32_t *buf;
    size_t len, cap, pos;
    int newline;      // NL_* from the constructor's newline argument
    int seen;         // newline kinds seen on writing (1 \r, 2 \n, 4 \r\n)
    bool closed;
    GiltDict *dict;
} StringIO;

#define AS_SIO(v) ((StringIO *)AS_OBJ(v))
#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

Value gilt_stringio_unsupported(GiltThread *ts, const char *name) {
    Value io = gilt_dict_get_str(ts, AS_DICT(ts->vm->modules), gilt_str_intern_cstr(ts, "io"));
    Value cls = io ? gilt_module_get(ts, io, "UnsupportedOperation") : VAL_NULL;
    Value msg = gilt_str_from_cstr(ts, name);
    if (!msg)
        return VAL_NULL;
    if (!cls)
        return gilt_raise_value(ts, GILT_EXC_OS_ERROR, msg);
    Value e = gilt_call1(ts, cls, msg);
    return e ? gilt_raise_obj(ts, e) : VAL_NULL;
}

int gilt_stringio_size_arg(GiltThread *ts, Value *args, int nargs, int64_t *out) {
    *out = -1;
    if (nargs < 2 || args[1] == VAL_NONE)
        return 0;
    if (!gilt_is_int(ts, args[1])) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "argument should be integer or None, not '%T'",
                   args[1]);
        return -1;
    }
    return gilt_index(ts, args[1], out);
}

static bool check_open(GiltThread *ts, StringIO *s, bool dot) {
    if (!s->closed)
        return true;
    gilt_raise(ts, GILT_EXC_VALUE_ERROR, dot ? "I/O operation on closed file."
                                             : "I/O operation on closed file");
    return false;
}

// ---- the buffer -----------------------------------------------------------------------

static int reserve(GiltThread *ts, StringIO *s, size_t n) {
    if (n <= s->cap)
        return 0;
    size_t cap = s->cap ? s->cap : 64;
    while (cap < n)
        cap *= 2;
    uint32_t *b = gilt_mem_realloc(ts, s->buf, s->cap * sizeof(uint32_t),
                                   gilt_mem_size(cap, sizeof(uint32_t)));
    if (!b)
        return -1;
    s->buf = b;
    s->cap = cap;
    return 0;
}

// Store code point [cp] at the position, padding a gap with NULs.
static int put(GiltThread *ts, StringIO *s, uint32_t cp) {
    if (s->pos >= s->cap && reserve(ts, s, s->pos + 1) < 0)
        return -1;
    while (s->len < s->pos)
        s->buf[s->len++] = 0;
    s->buf[s->pos++] = cp;
    if (s->pos > s->len)
        s->len = s->pos;
    return 0;
}

// Write [str] at the position with the newline translation.
static int write_text(GiltThread *ts, StringIO *s, GiltStr *str) {
    if (reserve(ts, s, (s->pos > s->len ? s->pos : s->len) + str->len) < 0)
        return -1;
    size_t i = 0;
    while (i < str->size) {
        uint32_t cp = gilt_utf8_decode(str->data, &i);
        if (s->newline == NL_UNIVERSAL && cp == '\r') {
            if (i < str->size && str->data[i] == '\n') {
                i++;
                s->seen |= 4;
            } else {
                s->seen |= 1;
            }
            cp = '\n';
        } else if (s->newline == NL_UNIVERSAL && cp == '\n') {
            s->seen |= 2;
        }
        if (cp == '\n' && (s->newline == NL_CR || s->newline == NL_CRLF)) {
            if (put(ts, s, '\r') < 0)
                return -1;
            if (s->newline == NL_CR)
                continue;
        }
        if (put(ts, s, cp) < 0)
            return -1;
    }
    return 0;
}

// A str of code points [from, to).
static Value slice(GiltThread *ts, StringIO *s, size_t from, size_t to) {
    if (to <= from)
        return ts->vm->empty_str;
    bool ascii = true;
    for (size_t i = from; i < to && ascii; i++)
        ascii = s->buf[i] < 0x80;
    if (ascii) {
        GiltStr *r = gilt_str_alloc(ts, to - from);
        if (!r)
            return VAL_NULL;
        for (size_t i = from; i < to; i++)
            r->data[i - from] = (char)s->buf[i];
        return gilt_str_finish(r);
    }
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    for (size_t i = from; i < to; i++)
        gilt_strbuf_append_codepoint(ts, &b, s->buf[i]);
    return gilt_strbuf_finish(ts, &b);
}

// ---- construction ----------------------------------------------------------------------

static Value sio_new(ARGS) {
    StringIO *s = gilt_alloc_instance(ts, AS_TYPE(args[0]), sizeof(StringIO));
    return s ? OBJ_VAL(s) : VAL_NULL;
}

static int parse_newline(GiltThread *ts, Value v, int *out) {
    if (!v || v == VAL_NONE) {
        *out = v ? NL_UNIVERSAL : NL_LF;
        return 0;
    }
    if (!GILT_IS_SUB(ts, v, GILT_TF_STR_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "newline must be str or None, not %T", v);
        return -1;
    }
    GiltStr *n = AS_STR(v);
    if (n->size == 0)
        *out = NL_NONE_TRANSLATE;
    else if (gilt_str_eq_cstr(n, "\n"))
        *out = NL_LF;
    else if (gilt_str_eq_cstr(n, "\r"))
        *out = NL_CR;
    else if (gilt_str_eq_cstr(n, "\r\n"))
        *out = NL_CRLF;
    else {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "illegal newline value: %R", v);
        return -1;
    }
    return 0;
}

static Value sio_init(ARGS) {
    static const char *const names[] = {"initial_value", "newline", NULL};
    Value a[2];
    if (gilt_parse_args(ts, "StringIO", args + 1, nargs - 1, kw, names, 0, a) < 0)
        return VAL_NULL;
    StringIO *s = AS_SIO(args[0]);
    int nl;
    if (parse_newline(ts, a[1], &nl) < 0)
        return VAL_NULL;
    Value init = a[0] && a[0] != VAL_NONE ? a[0] : VAL_NULL;
    if (init && !GILT_IS_SUB(ts, init, GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "initial_value must be str or None, not %T", init);
    s->newline = nl;
    s->len = s->pos = 0;
    s->seen = 0;
    s->closed = false;
    if (init && (write_text(ts, s, AS_STR(init)) < 0))
        return VAL_NULL;
    s->pos = 0;
    return VAL_NONE;
}

// ---- reading and writing --------------------------------------------------------------

static Value sio_write(ARGS) {
    StringIO *s = AS_SIO(args[0]);
    if (!check_open(ts, s, false))
        return VAL_NULL;
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "string argument expected, got '%T'",
                          args[1]);
    GiltStr *str = AS_STR(args[1]);
    if (write_text(ts, s, str) < 0)
        return VAL_NULL;
    return gilt_int_from_i64(ts, (int64_t)str->len);
}

static Value sio_writelines(ARGS) {
    Value it = gilt_iter(ts, args[1]);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    Value line;
    while ((line = gilt_next(ts, it))) {
        Value a[2] = {args[0], line};
        if (!sio_write(ts, a, 2, NULL))
            return VAL_NULL;
    }
    return ts->exc ? VAL_NULL : VAL_NONE;
}

static Value sio_read(ARGS) {
    StringIO *s = AS_SIO(args[0]);
    int64_t n;
    if (!check_open(ts, s, false) || gilt_stringio_size_arg(ts, args, nargs, &n) < 0)
        return VAL_NULL;
    size_t from = s->pos < s->len ? s->pos : s->len;
    size_t to = n < 0 || from + (size_t)n > s->len ? s->len : from + (size_t)n;
    Value r = slice(ts, s, from, to);
    if (r && to > s->pos)
        s->pos = to;
    return r;
}

// The end of the line starting at [from], at most [limit] characters.
static size_t line_end(StringIO *s, size_t from, int64_t limit) {
    size_t end = limit < 0 || from + (size_t)limit > s->len ? s->len : from + (size_t)limit;
    for (size_t i = from; i < end; i++) {
        uint32_t c = s->buf[i];
        switch (s->newline) {
        case NL_NONE_TRANSLATE:
            if (c == '\n')
                return i + 1;
            if (c == '\r')
                return i + 1 < end && s->buf[i + 1] == '\n' ? i + 2 : i + 1;
            break;
        case NL_CR:
            if (c == '\r')
                return i + 1;
            break;
        case NL_CRLF:
            if (c == '\r' && i + 1 < end && s->buf[i + 1] == '\n')
                return i + 2;
            break;
        default:
            if (c == '\n')
                return i + 1;
        }
    }
    return end;
}

static Value read_line(GiltThread *ts, StringIO *s, int64_t limit) {
    if (s->pos >= s->len)
        return ts->vm->empty_str;
    size_t end = line_end(s, s->pos, limit);
    Value r = slice(ts, s, s->pos, end);
    if (r)
        s->pos = end;
    return r;
}

static Value sio_readline(ARGS) {
    StringIO *s = AS_SIO(args[0]);
    int64_t n;
    if (!check_open(ts, s, false) || gilt_stringio_size_arg(ts, args, nargs, &n) < 0)
        return VAL_NULL;
    return read_line(ts, s, n);
}

static Value sio_readlines(ARGS) {
    StringIO *s = AS_SIO(args[0]);
    int64_t hint;
    if (!check_open(ts, s, false) || gilt_stringio_size_arg(ts, args, nargs, &hint) < 0)
        return VAL_NULL;
    GiltList *l = gilt_list_new(ts, 0);
    if (!l)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(l));
    int64_t total = 0;
    while (s->pos < s->len) {
        size_t start = s->pos;
        Value line = read_line(ts, s, -1);
        if (!line || gilt_list_append(ts, l, line) < 0)
            return VAL_NULL;
        total += (int64_t)(s->pos - start);
        if (hint > 0 && total >= hint)
            break;
    }
    return OBJ_VAL(l);
}

static Value sio_iternext(GiltThread *ts, Value self) {
    StringIO *s = AS_SIO(self);
    if (!check_open(ts, s, false))
        return VAL_NULL;
    if (s->pos >= s->len)
        return VAL_NULL;
    return read_line(ts, s, -1);
}

static Value sio_iter(ARGS) {
    return check_open(ts, AS_SIO(args[0]), true) ? args[0] : VAL_NULL;
}

static Value sio_getvalue(ARGS) {
    StringIO *s = AS_SIO(args[0]);
    return check_open(ts, s, false) ? slice(ts, s, 0, s->len) : VAL_NULL;
}

// ---- positioning ---------------------------------------------------------------------

static Value sio_seek(ARGS) {
    StringIO *s = AS_SIO(args[0]);
    int64_t pos, whence = 0;
    if (!check_open(ts, s, false) || gilt_index(ts, args[1], &pos) < 0 ||
        (nargs > 2 && gilt_index(ts, args[2], &whence) < 0))
        return VAL_NULL;
    if (whence < 0 || whence > 2)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "Invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (whence == 0 && pos < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "Negative seek position %lld",
                          (long long)pos);
    if (whence != 0 && pos != 0) {
        // CPython says "cur-relative" for whence 2 as well.
        Value msg = gilt_str_from_cstr(ts, "Can't do nonzero cur-relative seeks");
        return msg ? gilt_raise_value(ts, GILT_EXC_OS_ERROR, msg) : VAL_NULL;
    }
    if (whence == 1)
        pos = (int64_t)s->pos;
    else if (whence == 2)
        pos = (int64_t)s->len;
    s->pos = (size_t)pos;
    return gilt_int_from_i64(ts, pos);
}

static Value sio_tell(ARGS) {
    StringIO *s = AS_SIO(args[0]);
    return check_open(ts, s, false) ? gilt_int_from_i64(ts, (int64_t)s->pos) : VAL_NULL;
}

static Value sio_truncate(ARGS) {
    StringIO *s = AS_SIO(args[0]);
    int64_t size = (int64_t)s->pos;
    if (!check_open(ts, s, false))
        return VAL_NULL;
    if (nargs > 1 && args[1] != VAL_NONE) {
        if (!gilt_is_int(ts, args[1]))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "'%T' object cannot be interpreted as an integer", args[1]);
        if (gilt_index(ts, args[1], &size) < 0)
            return VAL_NULL;
    }
    if (size < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "Negative size value %lld",
                          (long long)size);
    if ((size_t)size < s->len)
        s->len = (size_t)size;
    return gilt_int_from_i64(ts, size);
}

// ---- the rest of the file protocol -----------------------------------------------------

static Value sio_close(ARGS) {
    StringIO *s = AS_SIO(args[0]);
    s->closed = true;
    if (s->buf)
        gilt_mem_free(ts->vm, s->buf, s->cap * sizeof(uint32_t));
    s->buf = NULL;
    s->cap = s->len = s->pos = 0;
    return VAL_NONE;
}

static Value sio_true(ARGS) {
    return check_open(ts, AS_SIO(args[0]), false) ? VAL_TRUE : VAL_NULL;
}

static Value sio_isatty(ARGS) {
    return check_open(ts, AS_SIO(args[0]), false) ? VAL_FALSE : VAL_NULL;
}

static Value sio_flush(ARGS) {
    return check_open(ts, AS_SIO(args[0]), false) ? VAL_NONE : VAL_NULL;
}

static Value sio_enter(ARGS) {
    return check_open(ts, AS_SIO(args[0]), true) ? args[0] : VAL_NULL;
}

static Value sio_exit(ARGS) {
    return sio_close(ts, args, 1, NULL);
}

static Value sio_fileno(ARGS) {
    return gilt_stringio_unsupported(ts, "fileno");
}

static Value sio_detach(ARGS) {
    return gilt_stringio_unsupported(ts, "detach");
}

static Value get_closed(GiltThread *ts, Value self) {
    return BOOL_VAL(AS_SIO(self)->closed);
}

static Value get_none(GiltThread *ts, Value self) {
    return VAL_NONE;
}

static Value get_false(GiltThread *ts, Value self) {
    return VAL_FALSE;
}

static Value get_newlines(GiltThread *ts, Value self) {
    StringIO *s = AS_SIO(self);
    if (!check_open(ts, s, false))
        return VAL_NULL;
    static const char *const kinds[] = {"\r", "\n", "\r\n"};
    Value parts[3];
    int n = 0;
    for (int i = 0; i < 3; i++)
        if (s->seen & (1 << i))
            if (!(parts[n++] = gilt_str_from_cstr(ts, kinds[i])))
                return VAL_NULL;
    if (n == 0)
        return VAL_NONE;
    if (n == 1)
        return parts[0];
    GiltTuple *t = gilt_tuple_from(ts, parts, (size_t)n);
    return t ? OBJ_VAL(t) : VAL_NULL;
}

static void sio_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark_obj(gc, (GiltObject *)((StringIO *)o)->dict);
}

static void sio_free(GiltVM *vm, GiltObject *o) {
    StringIO *s = (StringIO *)o;
    if (s->buf)
        gilt_mem_free(vm, s->buf, s->cap * sizeof(uint32_t));
}

static const GiltMethodDef sio_methods[] = {
    {"__new__", sio_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__init__", sio_init, 0, -1, GILT_M_KW},
    {"write", sio_write, 1, 1, 0},
    {"writelines", sio_writelines, 1, 1, 0},
    {"read", sio_read, 0, 1, 0},
    {"readline", sio_readline, 0, 1, 0},
    {"readlines", sio_readlines, 0, 1, 0},
    {"getvalue", sio_getvalue, 0, 0, 0},
    {"seek", sio_seek, 1, 2, 0},
    {"tell", sio_tell, 0, 0, 0},
    {"truncate", sio_truncate, 0, 1, 0},
    {"close", sio_close, 0, 0, 0},
    {"readable", sio_true, 0, 0, 0},
    {"writable", sio_true, 0, 0, 0},
    {"seekable", sio_true, 0, 0, 0},
    {"isatty", sio_isatty, 0, 0, 0},
    {"flush", sio_flush, 0, 0, 0},
    {"fileno", sio_fileno, 0, 0, 0},
    {"detach", sio_detach, 0, 0, 0},
    {"__enter__", sio_enter, 0, 0, 0},
    {"__exit__", sio_exit, 0, -1, 0},
    {"__iter__", sio_iter, 0, 0, 0},
    {NULL}};

static const GiltGetSetDef sio_getsets[] = {
    {"closed", get_closed, NULL},
    {"newlines", get_newlines, NULL},
    {"encoding", get_none, NULL},
    {"errors", get_none, NULL},
    {"line_buffering", get_false, NULL},
    {NULL}};

static int stringio_init(GiltThread *ts, Value m) {
    static const GiltTypeSpec spec = {
        .name = "StringIO",
        .module = "_io",
        .basicsize = sizeof(StringIO),
        .dict_offset = offsetof(StringIO, dict),
        .flags = GILT_TF_BASETYPE,
        .methods = sio_methods,
        .getsets = sio_getsets,
        .iternext = sio_iternext,
        .trace = sio_trace,
        .free = sio_free,
    };
    GiltType *t = gilt_type_from_spec(ts, &spec, GILT_T__COUNT);
    if (!t || gilt_module_add(ts, m, "StringIO", OBJ_VAL(t)) < 0)
        return -1;
    return gilt_bytesio_init(ts, m);
}

const GiltModuleDef gilt_module_stringio = {
    .name = "_stringio",
    .doc = "In-memory text and binary streams (io.StringIO, io.BytesIO).",
    .init = stringio_init,
};
