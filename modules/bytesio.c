/* bytesio.c - io.BytesIO: a binary stream over a growable byte buffer.
 * Writing past the end pads with zero bytes; truncate keeps the
 * position, as CPython's.
 */
#include <stddef.h>
#include <string.h>

#include "../runtime/bytes.h"
#include "../runtime/dict.h"
#include "../runtime/int.h"
#include "../runtime/list.h"
#include "../runtime/type.h"
#include "../vm/gc.h"
#include "stringio.h"

typedef struct {
    GiltObject obj;
    char *buf;
    size_t len, cap, pos;
    bool closed;
    GiltDict *dict;
} BytesIO;

#define AS_BIO(v) ((BytesIO *)AS_OBJ(v))
#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

static bool check_open(GiltThread *ts, BytesIO *b) {
    if (!b->closed)
        return true;
    gilt_raise(ts, GILT_EXC_VALUE_ERROR, "I/O operation on closed file.");
    return false;
}

static int bio_write_bytes(GiltThread *ts, BytesIO *b, const char *p, size_t n) {
    size_t end = b->pos + n;
    if (end > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < end)
            cap *= 2;
        char *nb = gilt_mem_realloc(ts, b->buf, b->cap, cap);
        if (!nb)
            return -1;
        b->buf = nb;
        b->cap = cap;
    }
    if (b->pos > b->len)
        memset(b->buf + b->len, 0, b->pos - b->len);
    memmove(b->buf + b->pos, p, n);
    b->pos = end;
    if (end > b->len)
        b->len = end;
    return 0;
}

static Value bio_new(ARGS) {
    BytesIO *b = gilt_alloc_instance(ts, AS_TYPE(args[0]), sizeof(BytesIO));
    return b ? OBJ_VAL(b) : VAL_NULL;
}

static Value bio_init(ARGS) {
    static const char *const names[] = {"initial_bytes", NULL};
    Value a[1];
    if (gilt_parse_args(ts, "BytesIO", args + 1, nargs - 1, kw, names, 0, a) < 0)
        return VAL_NULL;
    BytesIO *b = AS_BIO(args[0]);
    b->len = b->pos = 0;
    b->closed = false;
    if (!a[0] || a[0] == VAL_NONE)
        return VAL_NONE;
    GiltBuffer buf;
    if (!gilt_bytes_buffer(ts, a[0], &buf))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "a bytes-like object is required, not '%T'", a[0]);
    if (bio_write_bytes(ts, b, buf.data, buf.size) < 0)
        return VAL_NULL;
    b->pos = 0;
    return VAL_NONE;
}

static Value bio_write(ARGS) {
    BytesIO *b = AS_BIO(args[0]);
    GiltBuffer buf;
    if (!check_open(ts, b))
        return VAL_NULL;
    if (!gilt_bytes_buffer(ts, args[1], &buf))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "a bytes-like object is required, not '%T'", args[1]);
    if (bio_write_bytes(ts, b, buf.data, buf.size) < 0)
        return VAL_NULL;
    return gilt_int_from_i64(ts, (int64_t)buf.size);
}

static Value bio_writelines(ARGS) {
    Value it = gilt_iter(ts, args[1]);
    if (!it)
        return VAL_NULL;
    gilt_gc_push_root(ts, it);
    Value v;
    while ((v = gilt_next(ts, it))) {
        Value a[2] = {args[0], v};
        if (!bio_write(ts, a, 2, NULL))
            return VAL_NULL;
    }
    return ts->exc ? VAL_NULL : VAL_NONE;
}

static Value take(GiltThread *ts, BytesIO *b, size_t n) {
    size_t avail = b->pos < b->len ? b->len - b->pos : 0;
    if (n > avail)
        n = avail;
    Value r = gilt_bytes_new(ts, b->buf ? b->buf + b->pos : "", n);
    if (r)
        b->pos += n;
    return r;
}

static Value bio_read(ARGS) {
    BytesIO *b = AS_BIO(args[0]);
    int64_t n;
    if (!check_open(ts, b) || gilt_stringio_size_arg(ts, args, nargs, &n) < 0)
        return VAL_NULL;
    return take(ts, b, n < 0 ? SIZE_MAX : (size_t)n);
}

static size_t line_len(BytesIO *b, int64_t limit) {
    size_t avail = b->pos < b->len ? b->len - b->pos : 0;
    if (limit >= 0 && (size_t)limit < avail)
        avail = (size_t)limit;
    const char *nl = avail ? memchr(b->buf + b->pos, '\n', avail) : NULL;
    return nl ? (size_t)(nl - (b->buf + b->pos)) + 1 : avail;
}

static Value bio_readline(ARGS) {
    BytesIO *b = AS_BIO(args[0]);
    int64_t n;
    if (!check_open(ts, b) || gilt_stringio_size_arg(ts, args, nargs, &n) < 0)
        return VAL_NULL;
    return take(ts, b, line_len(b, n));
}

static Value bio_readlines(ARGS) {
    BytesIO *b = AS_BIO(args[0]);
    int64_t hint;
    if (!check_open(ts, b) || gilt_stringio_size_arg(ts, args, nargs, &hint) < 0)
        return VAL_NULL;
    GiltList *l = gilt_list_new(ts, 0);
    if (!l)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(l));
    int64_t total = 0;
    while (b->pos < b->len) {
        size_t n = line_len(b, -1);
        Value line = take(ts, b, n);
        if (!line || gilt_list_append(ts, l, line) < 0)
            return VAL_NULL;
        total += (int64_t)n;
        if (hint > 0 && total >= hint)
            break;
    }
    return OBJ_VAL(l);
}

static Value bio_readinto(ARGS) {
    BytesIO *b = AS_BIO(args[0]);
    if (!check_open(ts, b))
        return VAL_NULL;
    if (!GILT_IS(ts, args[1], BYTEARRAY))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "readinto() argument must be read-write bytes-like object, not %T",
                          args[1]);
    GiltByteArray *dst = AS_BYTEARRAY(args[1]);
    size_t avail = b->pos < b->len ? b->len - b->pos : 0;
    size_t n = dst->size < avail ? dst->size : avail;
    if (n)
        memcpy(dst->data, b->buf + b->pos, n);
    b->pos += n;
    return gilt_int_from_i64(ts, (int64_t)n);
}

static Value bio_iternext(GiltThread *ts, Value self) {
    BytesIO *b = AS_BIO(self);
    if (!check_open(ts, b) || b->pos >= b->len)
        return VAL_NULL;
    return take(ts, b, line_len(b, -1));
}

static Value bio_iter(ARGS) {
    return check_open(ts, AS_BIO(args[0])) ? args[0] : VAL_NULL;
}

static Value bio_getvalue(ARGS) {
    BytesIO *b = AS_BIO(args[0]);
    if (!check_open(ts, b))
        return VAL_NULL;
    return gilt_bytes_new(ts, b->buf ? b->buf : "", b->len);
}

static Value bio_seek(ARGS) {
    BytesIO *b = AS_BIO(args[0]);
    int64_t pos, whence = 0;
    if (!check_open(ts, b) || gilt_index(ts, args[1], &pos) < 0 ||
        (nargs > 2 && gilt_index(ts, args[2], &whence) < 0))
        return VAL_NULL;
    if (whence < 0 || whence > 2)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (whence == 0 && pos < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "negative seek value %lld",
                          (long long)pos);
    if (whence == 1)
        pos += (int64_t)b->pos;
    else if (whence == 2)
        pos += (int64_t)b->len;
    if (pos < 0)
        pos = 0;
    b->pos = (size_t)pos;
    return gilt_int_from_i64(ts, pos);
}

static Value bio_tell(ARGS) {
    BytesIO *b = AS_BIO(args[0]);
    return check_open(ts, b) ? gilt_int_from_i64(ts, (int64_t)b->pos) : VAL_NULL;
}

static Value bio_truncate(ARGS) {
    BytesIO *b = AS_BIO(args[0]);
    int64_t size = (int64_t)b->pos;
    if (!check_open(ts, b))
        return VAL_NULL;
    if (nargs > 1 && args[1] != VAL_NONE && gilt_index(ts, args[1], &size) < 0)
        return VAL_NULL;
    if (size < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "negative size value %lld",
                          (long long)size);
    if ((size_t)size < b->len)
        b->len = (size_t)size;
    return gilt_int_from_i64(ts, size);
}

static Value bio_close(ARGS) {
    BytesIO *b = AS_BIO(args[0]);
    b->closed = true;
    if (b->buf)
        gilt_mem_free(ts->vm, b->buf, b->cap);
    b->buf = NULL;
    b->cap = b->len = b->pos = 0;
    return VAL_NONE;
}

static Value bio_true(ARGS) {
    return check_open(ts, AS_BIO(args[0])) ? VAL_TRUE : VAL_NULL;
}

static Value bio_isatty(ARGS) {
    return check_open(ts, AS_BIO(args[0])) ? VAL_FALSE : VAL_NULL;
}

static Value bio_flush(ARGS) {
    return check_open(ts, AS_BIO(args[0])) ? VAL_NONE : VAL_NULL;
}

static Value bio_enter(ARGS) {
    return check_open(ts, AS_BIO(args[0])) ? args[0] : VAL_NULL;
}

static Value bio_exit(ARGS) {
    return bio_close(ts, args, 1, NULL);
}

static Value bio_fileno(ARGS) {
    return gilt_stringio_unsupported(ts, "fileno");
}

static Value get_closed(GiltThread *ts, Value self) {
    return BOOL_VAL(AS_BIO(self)->closed);
}

static void bio_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark_obj(gc, (GiltObject *)((BytesIO *)o)->dict);
}

static void bio_free(GiltVM *vm, GiltObject *o) {
    BytesIO *b = (BytesIO *)o;
    if (b->buf)
        gilt_mem_free(vm, b->buf, b->cap);
}

static const GiltMethodDef bio_methods[] = {
    {"__new__", bio_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__init__", bio_init, 0, -1, GILT_M_KW},
    {"write", bio_write, 1, 1, 0},
    {"writelines", bio_writelines, 1, 1, 0},
    {"read", bio_read, 0, 1, 0},
    {"read1", bio_read, 0, 1, 0},
    {"readline", bio_readline, 0, 1, 0},
    {"readlines", bio_readlines, 0, 1, 0},
    {"readinto", bio_readinto, 1, 1, 0},
    {"getvalue", bio_getvalue, 0, 0, 0},
    {"seek", bio_seek, 1, 2, 0},
    {"tell", bio_tell, 0, 0, 0},
    {"truncate", bio_truncate, 0, 1, 0},
    {"close", bio_close, 0, 0, 0},
    {"readable", bio_true, 0, 0, 0},
    {"writable", bio_true, 0, 0, 0},
    {"seekable", bio_true, 0, 0, 0},
    {"isatty", bio_isatty, 0, 0, 0},
    {"flush", bio_flush, 0, 0, 0},
    {"fileno", bio_fileno, 0, 0, 0},
    {"__enter__", bio_enter, 0, 0, 0},
    {"__exit__", bio_exit, 0, -1, 0},
    {"__iter__", bio_iter, 0, 0, 0},
    {NULL}};

static const GiltGetSetDef bio_getsets[] = {{"closed", get_closed, NULL}, {NULL}};

int gilt_bytesio_init(GiltThread *ts, Value module) {
    static const GiltTypeSpec spec = {
        .name = "BytesIO",
        .module = "_io",
        .basicsize = sizeof(BytesIO),
        .dict_offset = offsetof(BytesIO, dict),
        .flags = GILT_TF_BASETYPE,
        .methods = bio_methods,
        .getsets = bio_getsets,
        .iternext = bio_iternext,
        .trace = bio_trace,
        .free = bio_free,
    };
    GiltType *t = gilt_type_from_spec(ts, &spec, GILT_T__COUNT);
    return t ? gilt_module_add(ts, module, "BytesIO", OBJ_VAL(t)) : -1;
}
