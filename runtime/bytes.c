/* bytes.c - The bytes type: allocation, construction (bytes(x) in all
 * its forms), repr, hashing, comparison, subscripting, concatenation,
 * repetition and the iterator shared with bytearray. The text-like
 * methods both types share are in bytes_methods.c.
 */
#include "bytes.h"

#include "../vm/gc.h"
#include "bytes_impl.h"
#include "codecs.h"
#include "int.h"
#include "list.h"
#include "slice.h"
#include "str.h"
#include "str_impl.h"
#include "stringlib.h"
#include "tuple.h"
#include "type.h"

// ---- creation ---------------------------------------------------------------------

static size_t bytes_varsize(GiltObject *o) {
    return offsetof(GiltBytes, data) + ((GiltBytes *)o)->size + 1;
}

GiltBytes *gilt_bytes_alloc(GiltThread *ts, size_t size) {
    if (size > (SIZE_MAX >> 2)) {
        gilt_raise_nomem(ts);
        return NULL;
    }
    GiltBytes *b = gilt_gc_alloc(ts, GILT_TYPE(ts, BYTES),
                                 offsetof(GiltBytes, data) + size + 1);
    if (!b)
        return NULL;
    b->hash = -1;
    b->size = size;
    b->data[size] = 0;
    return b;
}

Value gilt_bytes_new(GiltThread *ts, const char *data, size_t size) {
    if (size == 0 && ts->vm->empty_bytes)
        return ts->vm->empty_bytes;
    GiltBytes *b = gilt_bytes_alloc(ts, size);
    if (!b)
        return VAL_NULL;
    if (size)
        memcpy(b->data, data, size);
    return OBJ_VAL(b);
}

bool gilt_bytes_buffer(GiltThread *ts, Value v, GiltBuffer *out) {
    if (!IS_OBJ(v))
        return false;
    if (GILT_IS_SUB(ts, v, GILT_TF_BYTES_SUB)) {
        out->data = AS_BYTES(v)->data;
        out->size = AS_BYTES(v)->size;
        return true;
    }
    if (gilt_isinstance_type(ts, v, GILT_TYPE(ts, BYTEARRAY))) {
        out->data = AS_BYTEARRAY(v)->data ? AS_BYTEARRAY(v)->data : "";
        out->size = AS_BYTEARRAY(v)->size;
        return true;
    }
    return false;
}

// An instance of [cls] (bytes or a subclass) holding [src]'s bytes.
static Value bytes_of_class(GiltThread *ts, GiltType *cls, Value src) {
    if (!src || cls == GILT_TYPE(ts, BYTES))
        return src;
    GiltBytes *s = AS_BYTES(src);
    GiltBytes *r = gilt_alloc_instance(ts, cls, offsetof(GiltBytes, data) +
                                                    s->size + 1);
    if (!r)
        return VAL_NULL;
    r->hash = -1;
    r->size = s->size;
    memcpy(r->data, s->data, s->size + 1);
    return OBJ_VAL(r);
}

// One byte value from an int-like item: 0..255, -1 on error. bytes()
// and bytearray() word the range error differently.
static int byte_value(GiltThread *ts, Value v, bool plural) {
    int64_t i;
    if (IS_INT(v)) {
        i = AS_INT(v);
    } else {
        if (!IS_BOOL(v) && !gilt_is_int(ts, v) &&
            !gilt_type_lookup(ts, gilt_typeof(ts, v), GILT_NAME(ts, __index__))) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "'%T' object cannot be interpreted as an integer", v);
            return -1;
        }
        if (gilt_index(ts, v, &i) < 0) {
            if (!gilt_exc_matches(ts, GILT_EXC_OVERFLOW_ERROR))
                return -1;
            gilt_exc_clear(ts);
            i = -1;
        }
    }
    if (i < 0 || i > 255) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, "%s must be in range(0, 256)",
                   plural ? "bytes" : "byte");
        return -1;
    }
    return (int)i;
}

// Collect the bytes of an iterable of ints into [out].
static bool bytes_from_iterable(GiltThread *ts, Value v, GiltStrBuf *out,
                                bool plural) {
    Value *items = NULL;
    size_t n = 0;
    Value l = VAL_NULL;
    if (GILT_IS(ts, v, LIST)) {
        items = AS_LIST(v)->items;
        n = AS_LIST(v)->len;
    } else if (GILT_IS(ts, v, TUPLE)) {
        items = AS_TUPLE(v)->items;
        n = AS_TUPLE(v)->len;
    } else {
        if (!(l = gilt_list_from_iterable(ts, v)))
            return false;
        gilt_gc_push_root(ts, l);
        items = AS_LIST(l)->items;
        n = AS_LIST(l)->len;
    }
    // A list may change size while __index__ runs: re-read its length.
    for (size_t i = 0; i < n; i++) {
        int b = byte_value(ts, items[i], plural);
        if (b < 0 || !gilt_strbuf_append_char(ts, out, (char)b))
            return false;
        if (GILT_IS(ts, v, LIST) && !l) {
            items = AS_LIST(v)->items;
            n = AS_LIST(v)->len;
        }
    }
    return true;
}

bool gilt_bytes_fill_from(GiltThread *ts, Value v, GiltStrBuf *out,
                          const char *what) {
    GiltBuffer buf;
    if (gilt_bytes_buffer(ts, v, &buf))
        return gilt_strbuf_append(ts, out, buf.data, buf.size);
    if (GILT_IS_SUB(ts, v, GILT_TF_STR_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "string argument without an encoding");
        return false;
    }
    if (IS_INT(v) || IS_BOOL(v) || gilt_is_int(ts, v) ||
        gilt_type_lookup(ts, gilt_typeof(ts, v), GILT_NAME(ts, __index__))) {
        int64_t n;
        if (gilt_index(ts, v, &n) < 0)
            return false;
        if (n < 0) {
            gilt_raise(ts, GILT_EXC_VALUE_ERROR, "negative count");
            return false;
        }
        for (int64_t i = 0; i < n && !out->failed; i++)
            gilt_strbuf_append_char(ts, out, 0);
        return !out->failed;
    }
    GiltType *t = gilt_typeof(ts, v);
    if (!gilt_type_lookup(ts, t, GILT_NAME(ts, __iter__)) &&
        !gilt_type_lookup(ts, t, GILT_NAME(ts, __getitem__))) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "cannot convert '%T' object to %s",
                   v, what);
        return false;
    }
    return bytes_from_iterable(ts, v, out, !strcmp(what, "bytes"));
}

Value gilt_bytes_from_object(GiltThread *ts, Value v) {
    if (GILT_IS(ts, v, BYTES))
        return v;
    if (!GILT_IS_SUB(ts, v, GILT_TF_STR_SUB)) {
        bool found;
        Value r = gilt_call_dunder(ts, v, gilt_str_intern_cstr(ts, "__bytes__"),
                                   NULL, 0, &found);
        if (found) {
            if (r && !GILT_IS_SUB(ts, r, GILT_TF_BYTES_SUB))
                return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                                  "__bytes__ returned non-bytes (type %T)", r);
            return r;
        }
    }
    GiltStrBuf out;
    gilt_strbuf_init(&out);
    if (!gilt_bytes_fill_from(ts, v, &out, "bytes")) {
        gilt_strbuf_free(ts, &out);
        return VAL_NULL;
    }
    Value r = gilt_bytes_new(ts, out.data, out.size);
    gilt_strbuf_free(ts, &out);
    return r;
}

// bytes(source, encoding, errors) when encoding or errors is given.
static Value bytes_encode_arg(GiltThread *ts, Value src, Value enc,
                              Value errs, const char *fname) {
    if (!src || !GILT_IS_SUB(ts, src, GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          enc ? "encoding without a string argument"
                              : "errors without a string argument");
    if (!enc)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "string argument without an encoding");
    Value args[2] = {enc, errs};
    const char *names[2] = {"encoding", "errors"};
    for (int i = 0; i < 2; i++)
        if (args[i] && !GILT_IS_SUB(ts, args[i], GILT_TF_STR_SUB))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "%s() argument '%s' must be str, not %s", fname,
                              names[i], gilt_str_arg_type(ts, args[i]));
    return gilt_codec_encode(ts, AS_STR(src), AS_STR(enc)->data,
                             errs ? AS_STR(errs)->data : NULL);
}

Value gilt_bytes_construct(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw, const char *fname) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    Value a[3];
    if (gilt_parse_args(ts, fname, args, nargs, kw, names, 0, a) < 0)
        return VAL_NULL;
    if (a[1] || a[2])
        return bytes_encode_arg(ts, a[0], a[1], a[2], fname);
    if (!a[0])
        return gilt_bytes_new(ts, NULL, 0);
    if (strcmp(fname, "bytes") == 0)
        return gilt_bytes_from_object(ts, a[0]);
    // bytearray() takes no __bytes__.
    GiltStrBuf out;
    gilt_strbuf_init(&out);
    Value r = gilt_bytes_fill_from(ts, a[0], &out, fname)
                  ? gilt_bytes_new(ts, out.data, out.size)
                  : VAL_NULL;
    gilt_strbuf_free(ts, &out);
    return r;
}

static Value bytes_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (gilt_str_check_new(ts, args, nargs, GILT_TYPE(ts, BYTES)) < 0)
        return VAL_NULL;
    Value r = gilt_bytes_construct(ts, args + 1, nargs - 1, kw, "bytes");
    if (r && !GILT_IS(ts, r, BYTES) && AS_TYPE(args[0]) == GILT_TYPE(ts, BYTES))
        return r; // a __bytes__ result of a bytes subclass is kept
    if (r && !GILT_IS(ts, r, BYTES))
        r = gilt_bytes_new(ts, AS_BYTES(r)->data, AS_BYTES(r)->size);
    return bytes_of_class(ts, AS_TYPE(args[0]), r);
}

// ---- repr, hash, compare -------------------------------------------------------------

Value gilt_bytes_repr(GiltThread *ts, const char *data, size_t size) {
    return gilt_bytes_repr_ex(ts, data, size, false);
}

Value gilt_bytes_repr_ex(GiltThread *ts, const char *data, size_t size,
                         bool bytearray) {
    bool sq = memchr(data, '\'', size) != NULL;
    bool dq = memchr(data, '"', size) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_char(ts, &b, 'b');
    gilt_strbuf_append_char(ts, &b, quote);
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < size; i++) {
        unsigned char c = (unsigned char)data[i];
        char esc[4] = {'\\', 0, 0, 0};
        size_t n = 2;
        if (c == (unsigned char)quote || c == '\\' || (bytearray && c == '\''))
            esc[1] = (char)c;
        else if (c == '\t')
            esc[1] = 't';
        else if (c == '\n')
            esc[1] = 'n';
        else if (c == '\r')
            esc[1] = 'r';
        else if (c < 0x20 || c >= 0x7F) {
            esc[1] = 'x';
            esc[2] = hex[c >> 4];
            esc[3] = hex[c & 15];
            n = 4;
        } else {
            esc[0] = (char)c;
            n = 1;
        }
        gilt_strbuf_append(ts, &b, esc, n);
    }
    gilt_strbuf_append_char(ts, &b, quote);
    return gilt_strbuf_finish(ts, &b);
}

static Value bytes_repr_m(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    return gilt_bytes_repr(ts, AS_BYTES(args[0])->data, AS_BYTES(args[0])->size);
}

int64_t gilt_bytes_hash(GiltBytes *b) {
    // Equal to the hash of the same ASCII text as a str, as in CPython.
    if (b->hash == -1)
        b->hash = gilt_str_hash_bytes(b->data, b->size);
    return b->hash;
}

static Value bytes_hash_m(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    return INT_VAL(gilt_bytes_hash(AS_BYTES(args[0])));
}

// Comparisons, shared with bytearray: both operands bytes-like.
Value gilt_bytes_compare(GiltThread *ts, Value a, Value b, GiltCompareOp op) {
    GiltBuffer x, y;
    if (!gilt_bytes_buffer(ts, a, &x) || !gilt_bytes_buffer(ts, b, &y))
        return VAL_NOTIMPL;
    if ((op == GILT_EQ || op == GILT_NE) && x.size != y.size)
        return BOOL_VAL(op == GILT_NE);
    size_t n = x.size < y.size ? x.size : y.size;
    int c = n ? memcmp(x.data, y.data, n) : 0;
    if (c == 0)
        c = (x.size > y.size) - (x.size < y.size);
    switch (op) {
    case GILT_LT: return BOOL_VAL(c < 0);
    case GILT_LE: return BOOL_VAL(c <= 0);
    case GILT_EQ: return BOOL_VAL(c == 0);
    case GILT_NE: return BOOL_VAL(c != 0);
    case GILT_GT: return BOOL_VAL(c > 0);
    default: return BOOL_VAL(c >= 0);
    }
}

#define CMP_METHOD(fname, op)                                                  \
    static Value fname(GiltThread *ts, Value *args, int nargs,                 \
                       GiltTuple *kw) {                                        \
        return gilt_bytes_compare(ts, args[0], args[1], op);                   \
    }
CMP_METHOD(bytes_eq, GILT_EQ)
CMP_METHOD(bytes_ne, GILT_NE)
CMP_METHOD(bytes_lt, GILT_LT)
CMP_METHOD(bytes_le, GILT_LE)
CMP_METHOD(bytes_gt, GILT_GT)
CMP_METHOD(bytes_ge, GILT_GE)

// ---- sequence protocol ----------------------------------------------------------------

static Value bytes_getitem(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    GiltBytes *b = AS_BYTES(args[0]);
    int64_t i;
    int r = gilt_slice_subscript(ts, args[1], "byte", &i);
    if (r < 0)
        return VAL_NULL;
    if (r == 0) {
        if (i < 0)
            i += (int64_t)b->size;
        if (i < 0 || (uint64_t)i >= b->size)
            return gilt_raise(ts, GILT_EXC_INDEX_ERROR, "index out of range");
        return INT_VAL((unsigned char)b->data[i]);
    }
    int64_t start, stop, step;
    int64_t n = gilt_slice_indices(ts, args[1], (int64_t)b->size, &start,
                                   &stop, &step);
    if (n < 0)
        return VAL_NULL;
    if (step == 1)
        return n == (int64_t)b->size && GILT_IS(ts, args[0], BYTES)
                   ? args[0]
                   : gilt_bytes_new(ts, b->data + start, (size_t)n);
    GiltBytes *r2 = gilt_bytes_alloc(ts, (size_t)n);
    if (!r2)
        return VAL_NULL;
    for (int64_t k = 0, j = start; k < n; k++, j += step)
        r2->data[k] = b->data[j];
    return OBJ_VAL(r2);
}

static Value bytes_len(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return INT_VAL((int64_t)AS_BYTES(args[0])->size);
}

static Value bytes_add(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltBuffer x, y;
    gilt_bytes_buffer(ts, args[0], &x);
    if (!gilt_bytes_buffer(ts, args[1], &y))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "can't concat %T to %T",
                          args[1], args[0]);
    if (y.size == 0 && GILT_IS(ts, args[0], BYTES))
        return args[0];
    GiltBytes *r = gilt_bytes_alloc(ts, x.size + y.size);
    if (!r)
        return VAL_NULL;
    memcpy(r->data, x.data, x.size);
    memcpy(r->data + x.size, y.data, y.size);
    return OBJ_VAL(r);
}

// The repeat count of a sequence * n: 1 ok, 0 NotImplemented, -1 error.
int gilt_bytes_repeat_count(GiltThread *ts, Value n, int64_t *out) {
    if (IS_INT(n)) {
        *out = AS_INT(n);
        return 1;
    }
    if (!IS_BOOL(n) && !gilt_is_int(ts, n) &&
        !gilt_type_lookup(ts, gilt_typeof(ts, n), GILT_NAME(ts, __index__)))
        return 0;
    if (gilt_index(ts, n, out) == 0)
        return 1;
    if (gilt_exc_matches(ts, GILT_EXC_OVERFLOW_ERROR) ||
            gilt_exc_matches(ts, GILT_EXC_INDEX_ERROR)) {
        gilt_exc_clear(ts);
        gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                   "cannot fit 'int' into an index-sized integer");
    }
    return -1;
}

// [n] copies of [size] bytes at [src] into [dst].
void gilt_bytes_fill_repeat(char *dst, const char *src, size_t size, size_t n) {
    size_t total = size * n, done = size;
    if (!total)
        return;
    memcpy(dst, src, size);
    while (done < total) {
        size_t chunk = done < total - done ? done : total - done;
        memcpy(dst + done, dst, chunk);
        done += chunk;
    }
}

static Value bytes_mul(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t n;
    int r = gilt_bytes_repeat_count(ts, args[1], &n);
    if (r <= 0)
        return r ? VAL_NULL : VAL_NOTIMPL;
    GiltBytes *b = AS_BYTES(args[0]);
    if (n <= 0 || b->size == 0)
        return gilt_bytes_new(ts, NULL, 0);
    if (n == 1 && GILT_IS(ts, args[0], BYTES))
        return args[0];
    if ((uint64_t)n > (uint64_t)INT64_MAX / b->size)
        return gilt_raise_nomem(ts);
    GiltBytes *res = gilt_bytes_alloc(ts, b->size * (size_t)n);
    if (!res)
        return VAL_NULL;
    gilt_bytes_fill_repeat(res->data, b->data, b->size, (size_t)n);
    return OBJ_VAL(res);
}

static Value bytes_getnewargs(GiltThread *ts, Value *args, int nargs,
                              GiltTuple *kw) {
    GiltBytes *b = AS_BYTES(args[0]);
    Value v = GILT_IS(ts, args[0], BYTES) ? args[0]
                                          : gilt_bytes_new(ts, b->data, b->size);
    return v ? gilt_tuple_pack(ts, 1, v) : VAL_NULL;
}

static Value bytes_bytes(GiltThread *ts, Value *args, int nargs,
                         GiltTuple *kw) {
    GiltBytes *b = AS_BYTES(args[0]);
    return GILT_IS(ts, args[0], BYTES) ? args[0]
                                       : gilt_bytes_new(ts, b->data, b->size);
}

// ---- the iterator (bytes and bytearray) ---------------------------------------------

typedef struct GiltBytesIter {
    GiltObject obj;
    Value seq; // VAL_NULL once exhausted
    size_t index;
} GiltBytesIter;

Value gilt_bytes_iter_new(GiltThread *ts, Value seq) {
    GiltBytesIter *it = gilt_gc_alloc(ts, GILT_TYPE(ts, BYTES_ITER),
                                      sizeof(GiltBytesIter));
    if (!it)
        return VAL_NULL;
    it->seq = seq;
    return OBJ_VAL(it);
}

static Value bytes_iter_m(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw) {
    return gilt_bytes_iter_new(ts, args[0]);
}

static Value bytes_iternext(GiltThread *ts, Value v) {
    GiltBytesIter *it = (GiltBytesIter *)AS_OBJ(v);
    GiltBuffer buf = {"", 0};
    if (!it->seq)
        return VAL_NULL;
    gilt_bytes_buffer(ts, it->seq, &buf);
    if (it->index >= buf.size) {
        it->seq = VAL_NULL;
        return VAL_NULL;
    }
    return INT_VAL((unsigned char)buf.data[it->index++]);
}

static Value bytes_iter_length_hint(GiltThread *ts, Value *args, int nargs,
                                    GiltTuple *kw) {
    GiltBytesIter *it = (GiltBytesIter *)AS_OBJ(args[0]);
    GiltBuffer buf = {"", 0};
    if (!it->seq || !gilt_bytes_buffer(ts, it->seq, &buf) ||
        it->index >= buf.size)
        return INT_VAL(0);
    return INT_VAL((int64_t)(buf.size - it->index));
}

static void bytes_iter_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((GiltBytesIter *)o)->seq);
}

static const GiltMethodDef bytes_iter_methods[] = {
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__length_hint__", bytes_iter_length_hint, 0, 0, 0},
    {NULL}};

static const GiltMethodDef bytes_methods[] = {
    {"__new__", bytes_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__repr__", bytes_repr_m, 0, 0, 0},
    {"__hash__", bytes_hash_m, 0, 0, 0},
    {"__eq__", bytes_eq, 1, 1, 0},
    {"__ne__", bytes_ne, 1, 1, 0},
    {"__lt__", bytes_lt, 1, 1, 0},
    {"__le__", bytes_le, 1, 1, 0},
    {"__gt__", bytes_gt, 1, 1, 0},
    {"__ge__", bytes_ge, 1, 1, 0},
    {"__getitem__", bytes_getitem, 1, 1, 0},
    {"__len__", bytes_len, 0, 0, 0},
    {"__add__", bytes_add, 1, 1, 0},
    {"__mul__", bytes_mul, 1, 1, 0},
    {"__rmul__", bytes_mul, 1, 1, 0},
    {"__iter__", bytes_iter_m, 0, 0, 0},
    {"__getnewargs__", bytes_getnewargs, 0, 0, 0},
    {"__bytes__", bytes_bytes, 0, 0, 0},
    {NULL}};

int gilt_bytes_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "bytes",
        .basicsize = offsetof(GiltBytes, data),
        .flags = GILT_TF_BASETYPE | GILT_TF_BYTES_SUB,
        .varsize = bytes_varsize,
        .methods = bytes_methods,
    };
    static const GiltTypeSpec iter_spec = {
        .name = "bytes_iterator",
        .basicsize = sizeof(GiltBytesIter),
        .methods = bytes_iter_methods,
        .iternext = bytes_iternext,
        .trace = bytes_iter_trace,
    };
    GiltType *t = gilt_type_from_spec(ts, &spec, GILT_T_BYTES);
    if (!t || !gilt_type_from_spec(ts, &iter_spec, GILT_T_BYTES_ITER) ||
        gilt_type_add_methods(ts, t, gilt_bytes_search_methods) < 0 ||
        gilt_type_add_methods(ts, t, gilt_bytes_text_methods) < 0)
        return -1;
    GiltBytes *e = gilt_bytes_alloc(ts, 0);
    if (!e)
        return -1;
    ts->vm->empty_bytes = OBJ_VAL(e);
    return 0;
}
