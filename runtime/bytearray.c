/* bytearray.c - The bytearray type: a mutable byte buffer with bytes'
 * read methods (bytes_methods.c, bytes_text.c) plus item and slice
 * assignment, deletion and the list-like mutators.
 *
 * The buffer is owned memory (gilt_mem_realloc), grown geometrically and
 * always NUL-terminated when allocated, so data[size] may be read.
 */
#include "bytes.h"

#include "../vm/gc.h"
#include "bytes_impl.h"
#include "dict.h"
#include "int.h"
#include "list.h"
#include "slice.h"
#include "str_impl.h"
#include "tuple.h"
#include "type.h"

int gilt_bytearray_reserve(GiltThread *ts, GiltByteArray *b, size_t n) {
    if (b->size + n < b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 16;
    while (cap <= b->size + n) {
        if (cap > SIZE_MAX / 4) {
            gilt_raise_nomem(ts);
            return -1;
        }
        cap += cap >> 1;
    }
    char *d = gilt_mem_realloc(ts, b->data, b->cap, cap);
    if (!d)
        return -1;
    b->data = d;
    b->cap = cap;
    return 0;
}

// Replace the content with [n] bytes at [src] (which may point into b).
static int set_content(GiltThread *ts, GiltByteArray *b, const char *src,
                       size_t n) {
    if (n == 0) {
        b->size = 0;
        if (b->data)
            b->data[0] = 0;
        return 0;
    }
    if (n >= b->cap) {
        char *tmp = malloc(n);
        if (!tmp) {
            gilt_raise_nomem(ts);
            return -1;
        }
        memcpy(tmp, src, n);
        b->size = 0;
        int r = gilt_bytearray_reserve(ts, b, n);
        if (r == 0)
            memcpy(b->data, tmp, n);
        free(tmp);
        if (r < 0)
            return -1;
    } else {
        memmove(b->data, src, n);
    }
    b->size = n;
    if (b->data)
        b->data[n] = 0;
    return 0;
}

Value gilt_bytearray_new(GiltThread *ts, const char *data, size_t size) {
    GiltByteArray *b = gilt_gc_alloc(ts, GILT_TYPE(ts, BYTEARRAY),
                                     sizeof(GiltByteArray));
    if (!b || set_content(ts, b, data, size) < 0)
        return VAL_NULL;
    return OBJ_VAL(b);
}

static GiltByteArray *self_of(Value v) {
    return AS_BYTEARRAY(v);
}

static void bytearray_free(GiltVM *vm, GiltObject *o) {
    GiltByteArray *b = (GiltByteArray *)o;
    if (b->data)
        gilt_mem_free(vm, b->data, b->cap);
}

// ---- construction, repr -------------------------------------------------------------

static Value ba_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    if (gilt_str_check_new(ts, args, nargs, GILT_TYPE(ts, BYTEARRAY)) < 0)
        return VAL_NULL;
    GiltByteArray *b = gilt_alloc_instance(ts, AS_TYPE(args[0]),
                                           sizeof(GiltByteArray));
    return b ? OBJ_VAL(b) : VAL_NULL;
}

static Value ba_init(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value src = gilt_bytes_construct(ts, args + 1, nargs - 1, kw, "bytearray");
    if (!src)
        return VAL_NULL;
    GiltBytes *s = AS_BYTES(src);
    return set_content(ts, self_of(args[0]), s->data, s->size) < 0 ? VAL_NULL
                                                                    : VAL_NONE;
}

static Value ba_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltByteArray *b = self_of(args[0]);
    Value r = gilt_bytes_repr_ex(ts, b->data ? b->data : "", b->size, true);
    if (!r)
        return VAL_NULL;
    return gilt_str_printf(ts, "%s(%s)", gilt_type_name(ts, args[0]),
                           AS_STR(r)->data);
}

#define CMP_METHOD(fname, op)                                                  \
    static Value fname(GiltThread *ts, Value *args, int nargs,                 \
                       GiltTuple *kw) {                                        \
        return gilt_bytes_compare(ts, args[0], args[1], op);                   \
    }
CMP_METHOD(ba_eq, GILT_EQ)
CMP_METHOD(ba_ne, GILT_NE)
CMP_METHOD(ba_lt, GILT_LT)
CMP_METHOD(ba_le, GILT_LE)
CMP_METHOD(ba_gt, GILT_GT)
CMP_METHOD(ba_ge, GILT_GE)

static Value ba_len(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return INT_VAL((int64_t)self_of(args[0])->size);
}

static Value ba_iter(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_bytes_iter_new(ts, args[0]);
}

// ---- subscripting --------------------------------------------------------------------

// An index into b (negative counts from the end): 0, or -1 with IndexError.
static int check_index(GiltThread *ts, GiltByteArray *b, int64_t *i,
                       const char *msg) {
    if (*i < 0)
        *i += (int64_t)b->size;
    if (*i < 0 || (uint64_t)*i >= b->size) {
        gilt_raise(ts, GILT_EXC_INDEX_ERROR, "%s", msg);
        return -1;
    }
    return 0;
}

static Value ba_getitem(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltByteArray *b = self_of(args[0]);
    int64_t i, start, stop, step;
    int r = gilt_slice_subscript(ts, args[1], "bytearray", &i);
    if (r < 0)
        return VAL_NULL;
    if (r == 0)
        return check_index(ts, b, &i, "bytearray index out of range") < 0
                   ? VAL_NULL
                   : INT_VAL((unsigned char)b->data[i]);
    int64_t n = gilt_slice_indices(ts, args[1], (int64_t)b->size, &start,
                                   &stop, &step);
    if (n < 0)
        return VAL_NULL;
    if (step == 1)
        return gilt_bytearray_new(ts, b->data + start, (size_t)n);
    GiltStrBuf out;
    gilt_strbuf_init(&out);
    for (int64_t k = 0, j = start; k < n; k++, j += step)
        gilt_strbuf_append_char(ts, &out, b->data[j]);
    Value res = out.failed ? VAL_NULL
                           : gilt_bytearray_new(ts, out.data, out.size);
    gilt_strbuf_free(ts, &out);
    return res;
}

static bool iterable(GiltThread *ts, Value v) {
    GiltType *t = gilt_typeof(ts, v);
    return gilt_type_lookup(ts, t, GILT_NAME(ts, __iter__)) ||
           gilt_type_lookup(ts, t, GILT_NAME(ts, __getitem__));
}

// The bytes a slice assignment stores: a buffer's or an iterable of ints'.
static bool assigned_bytes(GiltThread *ts, Value v, GiltStrBuf *out) {
    GiltBuffer buf;
    if (gilt_bytes_buffer(ts, v, &buf))
        return gilt_strbuf_append(ts, out, buf.data, buf.size);
    if (IS_INT(v) || IS_BOOL(v) || gilt_is_int(ts, v) ||
        GILT_IS_SUB(ts, v, GILT_TF_STR_SUB) || !iterable(ts, v)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "can assign only bytes, buffers, or iterables of ints in "
                   "range(0, 256)");
        return false;
    }
    return gilt_bytes_fill_from(ts, v, out, "bytearray");
}

// Replace b[a:z] with [n] bytes at [src].
static int splice(GiltThread *ts, GiltByteArray *b, size_t a, size_t z,
                  const char *src, size_t n) {
    size_t tail = b->size - z;
    if (b->data && src >= b->data && src < b->data + b->cap) {
        // The source lives in b (b += b): copy it before b can move.
        char *tmp = malloc(n ? n : 1);
        if (!tmp) {
            gilt_raise_nomem(ts);
            return -1;
        }
        memcpy(tmp, src, n);
        int r = splice(ts, b, a, z, tmp, n);
        free(tmp);
        return r;
    }
    if (n > z - a && gilt_bytearray_reserve(ts, b, n - (z - a)) < 0)
        return -1;
    if (b->data) {
        memmove(b->data + a + n, b->data + z, tail);
        if (n)
            memcpy(b->data + a, src, n);
        b->size = a + n + tail;
        b->data[b->size] = 0;
    }
    return 0;
}

static int set_slice(GiltThread *ts, GiltByteArray *b, Value slice,
                     Value v) {
    GiltStrBuf src;
    gilt_strbuf_init(&src);
    int64_t start, stop, step, n;
    int rc = -1;
    if ((v && !assigned_bytes(ts, v, &src)) ||
        (n = gilt_slice_indices(ts, slice, (int64_t)b->size, &start, &stop,
                                &step)) < 0)
        goto done;
    if (step == 1) {
        size_t a = (size_t)start, z = stop > start ? (size_t)stop : a;
        rc = splice(ts, b, a, z, src.data, src.size);
    } else if (!v) {
        // Delete every step-th byte: keep the others in order.
        size_t w = 0;
        for (size_t r = 0; r < b->size; r++) {
            int64_t off = step > 0 ? (int64_t)r - start : start - (int64_t)r;
            int64_t as = step > 0 ? step : -step;
            bool hit = off >= 0 && off % as == 0 && off / as < n;
            if (!hit)
                b->data[w++] = b->data[r];
        }
        b->size = w;
        if (b->data)
            b->data[w] = 0;
        rc = 0;
    } else if ((size_t)n != src.size) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                   "attempt to assign bytes of size %zu to extended slice of "
                   "size %lld",
                   src.size, (long long)n);
    } else {
        for (int64_t k = 0, j = start; k < n; k++, j += step)
            b->data[j] = src.data[k];
        rc = 0;
    }
done:
    gilt_strbuf_free(ts, &src);
    return rc;
}

static int ba_assign(GiltThread *ts, Value self, Value key, Value v) {
    GiltByteArray *b = self_of(self);
    int64_t i;
    int r = gilt_slice_subscript(ts, key, "bytearray", &i);
    if (r < 0)
        return -1;
    if (r == 1)
        return set_slice(ts, b, key, v);
    int byte = v ? gilt_bytes_byte_arg(ts, v) : 0;
    if (byte < 0 || check_index(ts, b, &i, "bytearray index out of range") < 0)
        return -1;
    if (v)
        b->data[i] = (char)byte;
    else
        splice(ts, b, (size_t)i, (size_t)i + 1, NULL, 0);
    return 0;
}

static Value ba_setitem(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return ba_assign(ts, args[0], args[1], args[2]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value ba_delitem(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return ba_assign(ts, args[0], args[1], VAL_NULL) < 0 ? VAL_NULL : VAL_NONE;
}

// ---- arithmetic -----------------------------------------------------------------------

static Value ba_add(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltBuffer x, y;
    gilt_bytes_buffer(ts, args[0], &x);
    if (!gilt_bytes_buffer(ts, args[1], &y))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "can't concat %T to %T",
                          args[1], args[0]);
    Value r = gilt_bytearray_new(ts, x.data, x.size);
    if (r && splice(ts, AS_BYTEARRAY(r), x.size, x.size, y.data, y.size) < 0)
        return VAL_NULL;
    return r;
}

static Value ba_iadd(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltByteArray *b = self_of(args[0]);
    GiltBuffer y;
    if (!gilt_bytes_buffer(ts, args[1], &y))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "can't concat %T to %T",
                          args[1], args[0]);
    return splice(ts, b, b->size, b->size, y.data, y.size) < 0 ? VAL_NULL
                                                               : args[0];
}

static int repeat(GiltThread *ts, GiltByteArray *dst, const char *src,
                  size_t size, int64_t n) {
    if (n <= 0 || size == 0)
        return set_content(ts, dst, "", 0);
    if ((uint64_t)n > (uint64_t)INT64_MAX / size) {
        gilt_raise_nomem(ts);
        return -1;
    }
    size_t total = size * (size_t)n;
    char *tmp = malloc(total);
    if (!tmp) {
        gilt_raise_nomem(ts);
        return -1;
    }
    gilt_bytes_fill_repeat(tmp, src, size, (size_t)n);
    int r = set_content(ts, dst, tmp, total);
    free(tmp);
    return r;
}

static Value ba_mul(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t n;
    int r = gilt_bytes_repeat_count(ts, args[1], &n);
    if (r <= 0)
        return r ? VAL_NULL : VAL_NOTIMPL;
    GiltByteArray *b = self_of(args[0]);
    Value res = gilt_bytearray_new(ts, NULL, 0);
    if (!res || repeat(ts, AS_BYTEARRAY(res), b->data, b->size, n) < 0)
        return VAL_NULL;
    return res;
}

static Value ba_imul(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t n;
    int r = gilt_bytes_repeat_count(ts, args[1], &n);
    if (r <= 0)
        return r ? VAL_NULL : VAL_NOTIMPL;
    GiltByteArray *b = self_of(args[0]);
    return repeat(ts, b, b->data, b->size, n) < 0 ? VAL_NULL : args[0];
}

// ---- list-like mutators -----------------------------------------------------------------

static Value ba_append(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int c = gilt_bytes_byte_arg(ts, args[1]);
    if (c < 0)
        return VAL_NULL;
    char byte = (char)c;
    GiltByteArray *b = self_of(args[0]);
    return splice(ts, b, b->size, b->size, &byte, 1) < 0 ? VAL_NULL : VAL_NONE;
}

static Value ba_extend(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value v = args[1];
    GiltBuffer buf;
    GiltByteArray *b = self_of(args[0]);
    if (gilt_bytes_buffer(ts, v, &buf))
        return splice(ts, b, b->size, b->size, buf.data, buf.size) < 0
                   ? VAL_NULL
                   : VAL_NONE;
    if (IS_INT(v) || IS_BOOL(v) || gilt_is_int(ts, v) || !iterable(ts, v))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "can't extend bytearray with %T", v);
    Value l = gilt_list_from_iterable(ts, v);
    if (!l)
        return VAL_NULL;
    gilt_gc_push_root(ts, l);
    GiltStrBuf out;
    gilt_strbuf_init(&out);
    for (size_t i = 0; i < AS_LIST(l)->len; i++) {
        int c = gilt_bytes_byte_arg(ts, AS_LIST(l)->items[i]);
        if (c < 0) {
            gilt_strbuf_free(ts, &out);
            return VAL_NULL;
        }
        gilt_strbuf_append_char(ts, &out, (char)c);
    }
    int r = out.failed ? -1 : splice(ts, b, b->size, b->size, out.data, out.size);
    gilt_strbuf_free(ts, &out);
    gilt_gc_pop_root(ts);
    return r < 0 ? VAL_NULL : VAL_NONE;
}

static Value ba_insert(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t i;
    if (gilt_index(ts, args[1], &i) < 0)
        return VAL_NULL;
    int c = gilt_bytes_byte_arg(ts, args[2]);
    if (c < 0)
        return VAL_NULL;
    GiltByteArray *b = self_of(args[0]);
    int64_t n = (int64_t)b->size;
    i = i < 0 ? (i + n < 0 ? 0 : i + n) : i > n ? n : i;
    char byte = (char)c;
    return splice(ts, b, (size_t)i, (size_t)i, &byte, 1) < 0 ? VAL_NULL
                                                              : VAL_NONE;
}

static Value ba_pop(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t i = -1;
    if (nargs > 1 && gilt_index(ts, args[1], &i) < 0)
        return VAL_NULL;
    GiltByteArray *b = self_of(args[0]);
    if (b->size == 0)
        return gilt_raise(ts, GILT_EXC_INDEX_ERROR, "pop from empty bytearray");
    if (check_index(ts, b, &i, "pop index out of range") < 0)
        return VAL_NULL;
    int c = (unsigned char)b->data[i];
    splice(ts, b, (size_t)i, (size_t)i + 1, NULL, 0);
    return INT_VAL(c);
}

static Value ba_remove(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int c = gilt_bytes_byte_arg(ts, args[1]);
    if (c < 0)
        return VAL_NULL;
    GiltByteArray *b = self_of(args[0]);
    const char *p = b->size ? memchr(b->data, c, b->size) : NULL;
    if (!p)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "value not found in bytearray");
    size_t i = (size_t)(p - b->data);
    splice(ts, b, i, i + 1, NULL, 0);
    return VAL_NONE;
}

static Value ba_clear(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltByteArray *b = self_of(args[0]);
    b->size = 0;
    if (b->data)
        b->data[0] = 0;
    return VAL_NONE;
}

static Value ba_copy(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltByteArray *b = self_of(args[0]);
    return gilt_bytearray_new(ts, b->data, b->size);
}

static Value ba_reverse(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltByteArray *b = self_of(args[0]);
    for (size_t i = 0, j = b->size; i + 1 < j; i++, j--) {
        char t = b->data[i];
        b->data[i] = b->data[j - 1];
        b->data[j - 1] = t;
    }
    return VAL_NONE;
}

static Value ba_alloc(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltByteArray *b = self_of(args[0]);
    return INT_VAL((int64_t)(b->cap ? b->cap : 1));
}

static const GiltMethodDef bytearray_methods[] = {
    {"__new__", ba_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__init__", ba_init, 0, 3, GILT_M_KW},
    {"__repr__", ba_repr, 0, 0, 0},
    {"__eq__", ba_eq, 1, 1, 0},
    {"__ne__", ba_ne, 1, 1, 0},
    {"__lt__", ba_lt, 1, 1, 0},
    {"__le__", ba_le, 1, 1, 0},
    {"__gt__", ba_gt, 1, 1, 0},
    {"__ge__", ba_ge, 1, 1, 0},
    {"__len__", ba_len, 0, 0, 0},
    {"__iter__", ba_iter, 0, 0, 0},
    {"__getitem__", ba_getitem, 1, 1, 0},
    {"__setitem__", ba_setitem, 2, 2, 0},
    {"__delitem__", ba_delitem, 1, 1, 0},
    {"__add__", ba_add, 1, 1, 0},
    {"__iadd__", ba_iadd, 1, 1, 0},
    {"__mul__", ba_mul, 1, 1, 0},
    {"__rmul__", ba_mul, 1, 1, 0},
    {"__imul__", ba_imul, 1, 1, 0},
    {"__alloc__", ba_alloc, 0, 0, 0},
    {"append", ba_append, 1, 1, 0},
    {"extend", ba_extend, 1, 1, 0},
    {"insert", ba_insert, 2, 2, 0},
    {"pop", ba_pop, 0, 1, 0},
    {"remove", ba_remove, 1, 1, 0},
    {"clear", ba_clear, 0, 0, 0},
    {"copy", ba_copy, 0, 0, 0},
    {"reverse", ba_reverse, 0, 0, 0},
    {NULL}};

int gilt_bytearray_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "bytearray",
        .basicsize = sizeof(GiltByteArray),
        .flags = GILT_TF_BASETYPE,
        .methods = bytearray_methods,
        .free = bytearray_free,
    };
    GiltType *t = gilt_type_from_spec(ts, &spec, GILT_T_BYTEARRAY);
    if (!t || gilt_type_add_methods(ts, t, gilt_bytes_search_methods) < 0 ||
        gilt_type_add_methods(ts, t, gilt_bytes_text_methods) < 0 ||
        gilt_dict_set_str(ts, t->dict, GILT_NAME(ts, __hash__), VAL_NONE) < 0)
        return -1;
    gilt_type_modified(ts, t);
    return 0;
}
