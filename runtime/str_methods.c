/* str_methods.c - The str type's protocol methods (construction,
 * subscripting, iteration, membership, repetition, join) and the
 * registration of every str method table (the others live in
 * str_search.c, str_split.c, str_case.c, str_pad.c and str_format.c).
 *
 * Non-ASCII strs are UTF-8 without an index, so everything that walks by
 * position does it in one forward pass: slicing finds its first byte once
 * and steps from there, the iterator keeps a byte offset.
 */
#include "str.h"

#include "../vm/gc.h"
#include "bytes.h"
#include "codecs.h"
#include "int.h"
#include "list.h"
#include "slice.h"
#include "stringlib.h"
#include "str_impl.h"
#include "tuple.h"
#include "type.h"

// ---- construction ----------------------------------------------------------------

// A new instance of [cls] (str or a subclass) holding [s]'s text.
static Value str_of_class(GiltThread *ts, GiltType *cls, Value s) {
    if (!s)
        return VAL_NULL;
    GiltStr *src = AS_STR(s);
    GiltStr *r = gilt_alloc_instance(ts, cls, offsetof(GiltStr, data) +
                                                  src->size + 1);
    if (!r)
        return VAL_NULL;
    r->hash = -1;
    r->size = src->size;
    r->len = src->len;
    r->ascii = src->ascii;
    memcpy(r->data, src->data, src->size + 1);
    return OBJ_VAL(r);
}

// str(object, encoding, errors): decode a bytes-like object.
static Value str_decode_arg(GiltThread *ts, Value obj, Value enc, Value errs) {
    if (enc && !GILT_IS_SUB(ts, enc, GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "str() argument 'encoding' must be str, not %s",
                          gilt_str_arg_type(ts, enc));
    if (errs && !GILT_IS_SUB(ts, errs, GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "str() argument 'errors' must be str, not %s",
                          gilt_str_arg_type(ts, errs));
    GiltBuffer buf;
    if (GILT_IS_SUB(ts, obj, GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "decoding str is not supported");
    if (!gilt_bytes_buffer(ts, obj, &buf))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "decoding to str: need a bytes-like object, %T found",
                          obj);
    return gilt_codec_decode(ts, buf.data, buf.size,
                             enc ? AS_STR(enc)->data : NULL,
                             errs ? AS_STR(errs)->data : NULL);
}

int gilt_str_check_new(GiltThread *ts, Value *args, int nargs,
                       GiltType *base) {
    const char *b = gilt_type_cname(base);
    if (nargs < 1) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "%s.__new__(): not enough arguments",
                   b);
        return -1;
    }
    Value cls = args[0];
    if (!gilt_is_type(cls)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "%s.__new__(X): X is not a type object (%T)", b, cls);
        return -1;
    }
    GiltType *t = AS_TYPE(cls);
    const char *n = gilt_type_cname(t);
    if (!gilt_is_subtype(t, base)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "%s.__new__(%s): %s is not a subtype of %s", b, n, n, b);
        return -1;
    }
    if (t->solid != base) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "%s.__new__(%s) is not safe, use %s.__new__()", b, n,
                   gilt_type_cname(t->solid));
        return -1;
    }
    return 0;
}

static Value str_new(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    Value a[3];
    if (gilt_str_check_new(ts, args, nargs, GILT_TYPE(ts, STR)) < 0 ||
        gilt_parse_args(ts, "str", args + 1, nargs - 1, kw, names, 0, a) < 0)
        return VAL_NULL;
    GiltType *cls = AS_TYPE(args[0]);
    Value r;
    if (!a[0])
        r = ts->vm->empty_str;
    else if (a[1] || a[2])
        r = str_decode_arg(ts, a[0], a[1], a[2]);
    else
        r = gilt_str(ts, a[0]);
    if (r && cls == GILT_TYPE(ts, STR))
        return r; // str(x) may return a subclass instance from __str__
    return str_of_class(ts, cls, r);
}

static Value str_getnewargs(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    Value s = gilt_str_exact(ts, args[0]);
    return s ? gilt_tuple_pack(ts, 1, s) : VAL_NULL;
}

// ---- subscripting ----------------------------------------------------------------

static Value char_at(GiltThread *ts, GiltStr *s, size_t off) {
    unsigned char c = (unsigned char)s->data[off];
    if (c < 0x80)
        return OBJ_VAL(ts->vm->char_cache[c]);
    size_t pos = off;
    return gilt_str_from_codepoint(ts, gilt_utf8_decode(s->data, &pos));
}

static Value str_index(GiltThread *ts, GiltStr *s, int64_t i) {
    if (i < 0)
        i += (int64_t)s->len;
    if (i < 0 || (uint64_t)i >= s->len)
        return gilt_raise(ts, GILT_EXC_INDEX_ERROR, "string index out of range");
    return char_at(ts, s, s->ascii ? (size_t)i : gilt_str_offset(s, (size_t)i));
}

// Byte offset of the code point before [off].
static size_t utf8_prev(const char *d, size_t off) {
    do
        off--;
    while (off > 0 && ((unsigned char)d[off] & 0xC0) == 0x80);
    return off;
}

// A stepped slice of a non-ASCII str: one walk from the first selected
// code point, forwards or backwards.
static Value slice_stepped(GiltThread *ts, GiltStr *s, int64_t start,
                           int64_t step, int64_t n) {
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    size_t off = gilt_str_offset(s, (size_t)start);
    for (int64_t k = 0; k < n; k++) {
        size_t end = off;
        gilt_utf8_decode(s->data, &end);
        gilt_strbuf_append(ts, &b, s->data + off, end - off);
        if (k + 1 == n)
            break;
        if (step > 0)
            off = end + gilt_utf8_skip(s->data + end, s->size - end,
                                       (size_t)step - 1);
        else
            for (int64_t j = 0; j < -step; j++)
                off = utf8_prev(s->data, off);
    }
    return gilt_strbuf_finish(ts, &b);
}

static Value str_slice(GiltThread *ts, GiltStr *s, Value slice) {
    int64_t start, stop, step;
    int64_t n = gilt_slice_indices(ts, slice, (int64_t)s->len, &start, &stop,
                                   &step);
    if (n < 0)
        return VAL_NULL;
    if (n == 0)
        return ts->vm->empty_str;
    if (step == 1) {
        if (n == (int64_t)s->len && s->obj.type == GILT_TYPE(ts, STR))
            return OBJ_VAL(s);
        size_t a = gilt_str_offset(s, (size_t)start);
        size_t z = s->ascii ? (size_t)stop
                            : a + gilt_utf8_skip(s->data + a, s->size - a,
                                                 (size_t)n);
        return gilt_str_new_known(ts, s->data + a, z - a, (size_t)n,
                                  (size_t)n == z - a);
    }
    if (!s->ascii)
        return slice_stepped(ts, s, start, step, n);
    GiltStr *r = gilt_str_alloc(ts, (size_t)n);
    if (!r)
        return VAL_NULL;
    for (int64_t k = 0, i = start; k < n; k++, i += step)
        r->data[k] = s->data[i];
    r->data[n] = 0;
    r->len = (size_t)n;
    r->ascii = true;
    return OBJ_VAL(r);
}

Value gilt_str_getitem(GiltThread *ts, GiltStr *s, Value key) {
    if (IS_INT(key))
        return str_index(ts, s, AS_INT(key));
    if (GILT_IS(ts, key, SLICE))
        return str_slice(ts, s, key);
    if (!IS_BOOL(key) && !gilt_is_int(ts, key) &&
        !gilt_type_lookup(ts, gilt_typeof(ts, key), GILT_NAME(ts, __index__)))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "string indices must be integers, not '%T'", key);
    int64_t i;
    if (gilt_index(ts, key, &i) < 0)
        return VAL_NULL;
    return str_index(ts, s, i);
}

static Value str_getitem_m(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    return gilt_str_getitem(ts, AS_STR(args[0]), args[1]);
}

// ---- membership, repetition -------------------------------------------------------

bool gilt_str_contains(GiltStr *hay, GiltStr *needle) {
    return gilt_stringlib_find(hay->data, hay->size, needle->data,
                               needle->size) >= 0;
}

static Value str_contains_m(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "'in <string>' requires string as left operand, not "
                          "%T",
                          args[1]);
    return BOOL_VAL(gilt_str_contains(AS_STR(args[0]), AS_STR(args[1])));
}

Value gilt_str_repeat(GiltThread *ts, GiltStr *s, int64_t n) {
    if (n <= 0 || s->size == 0)
        return ts->vm->empty_str;
    if (n == 1 && s->obj.type == GILT_TYPE(ts, STR))
        return OBJ_VAL(s);
    if ((uint64_t)n > (uint64_t)INT64_MAX / s->size)
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                          "repeated string is too long");
    size_t total = s->size * (size_t)n;
    GiltStr *r = gilt_str_alloc(ts, total);
    if (!r)
        return VAL_NULL;
    // Copy once, then double what is already there.
    memcpy(r->data, s->data, s->size);
    size_t done = s->size;
    while (done < total) {
        size_t chunk = done < total - done ? done : total - done;
        memcpy(r->data + done, r->data, chunk);
        done += chunk;
    }
    r->data[total] = 0;
    r->len = s->len * (size_t)n;
    r->ascii = s->ascii;
    return OBJ_VAL(r);
}

static Value str_mul_m(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value n = args[1];
    if (IS_INT(n))
        return gilt_str_repeat(ts, AS_STR(args[0]), AS_INT(n));
    if (!IS_BOOL(n) && !gilt_is_int(ts, n) &&
        !gilt_type_lookup(ts, gilt_typeof(ts, n), GILT_NAME(ts, __index__)))
        return VAL_NOTIMPL;
    int64_t i;
    if (gilt_index(ts, n, &i) < 0) {
        if (gilt_exc_matches(ts, GILT_EXC_OVERFLOW_ERROR) ||
            gilt_exc_matches(ts, GILT_EXC_INDEX_ERROR)) {
            gilt_exc_clear(ts);
            gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                       "cannot fit 'int' into an index-sized integer");
        }
        return VAL_NULL;
    }
    return gilt_str_repeat(ts, AS_STR(args[0]), i);
}

static Value str_mod_m(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_str_mod(ts, args[0], args[1]);
}

// Reflected %: only a str on the left formats.
static Value str_rmod_m(GiltThread *ts, Value *args, int nargs,
                        GiltTuple *kw) {
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return VAL_NOTIMPL;
    return gilt_str_mod(ts, args[1], args[0]);
}

// ---- join ----------------------------------------------------------------------------

// Copies of a few bytes (most join items) beat a call to memcpy.
static inline char *put(char *p, const char *src, size_t n) {
    if (n <= 16) {
        for (size_t i = 0; i < n; i++)
            p[i] = src[i];
    } else {
        memcpy(p, src, n);
    }
    return p + n;
}

// Join [n] items known to be strs, [size] bytes and [len] code points in
// all (separators included): one allocation, one copying pass.
static Value join_strs(GiltThread *ts, GiltStr *sep, const Value *items,
                       size_t n, size_t size, size_t len) {
    if (n == 1 && GILT_IS(ts, items[0], STR))
        return items[0];
    GiltStr *r = gilt_str_alloc(ts, size);
    if (!r)
        return VAL_NULL;
    char *p = r->data;
    for (size_t i = 0; i < n; i++) {
        GiltStr *s = AS_STR(items[i]);
        if (i)
            p = put(p, sep->data, sep->size);
        p = put(p, s->data, s->size);
    }
    *p = 0;
    r->len = len;
    r->ascii = len == size; // a str is ASCII iff each code point is a byte
    return OBJ_VAL(r);
}

static Value join_items(GiltThread *ts, GiltStr *sep, const Value *items,
                        size_t n) {
    if (n == 0)
        return ts->vm->empty_str;
    size_t size = sep->size * (n - 1), len = sep->len * (n - 1);
    for (size_t i = 0; i < n; i++) {
        if (!GILT_IS_SUB(ts, items[i], GILT_TF_STR_SUB))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "sequence item %zu: expected str instance, %T "
                              "found",
                              i, items[i]);
        size += AS_STR(items[i])->size;
        len += AS_STR(items[i])->len;
    }
    return join_strs(ts, sep, items, n, size, len);
}

Value gilt_str_join(GiltThread *ts, GiltStr *sep, Value iterable) {
    if (GILT_IS(ts, iterable, LIST))
        return join_items(ts, sep, AS_LIST(iterable)->items,
                          AS_LIST(iterable)->len);
    if (GILT_IS(ts, iterable, TUPLE))
        return join_items(ts, sep, AS_TUPLE(iterable)->items,
                          AS_TUPLE(iterable)->len);
    GiltType *t = gilt_typeof(ts, iterable);
    if (!gilt_type_lookup(ts, t, GILT_NAME(ts, __iter__)) &&
        !gilt_type_lookup(ts, t, GILT_NAME(ts, __getitem__)))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "can only join an iterable");
    Value l = gilt_list_from_iterable(ts, iterable);
    if (!l)
        return VAL_NULL;
    gilt_gc_push_root(ts, l);
    Value r = join_items(ts, sep, AS_LIST(l)->items, AS_LIST(l)->len);
    gilt_gc_pop_root(ts);
    return r;
}

Value gilt_str_join_values(GiltThread *ts, const Value *parts, size_t n) {
    size_t size = 0, len = 0;
    for (size_t i = 0; i < n; i++) {
        size += AS_STR(parts[i])->size;
        len += AS_STR(parts[i])->len;
    }
    if (n == 0)
        return ts->vm->empty_str;
    return join_strs(ts, AS_STR(ts->vm->empty_str), parts, n, size, len);
}

static Value str_join_m(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_str_join(ts, AS_STR(args[0]), args[1]);
}

// ---- the iterator ------------------------------------------------------------------

typedef struct GiltStrIter {
    GiltObject obj;
    Value str;    // VAL_NULL once exhausted
    size_t pos;   // byte offset of the next code point
    size_t index; // its index
} GiltStrIter;

Value gilt_str_iter_new(GiltThread *ts, Value s) {
    GiltStrIter *it = gilt_gc_alloc(ts, GILT_TYPE(ts, STR_ITER),
                                    sizeof(GiltStrIter));
    if (!it)
        return VAL_NULL;
    it->str = s;
    return OBJ_VAL(it);
}

static Value str_iter_m(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_str_iter_new(ts, args[0]);
}

static Value str_iternext(GiltThread *ts, Value v) {
    GiltStrIter *it = (GiltStrIter *)AS_OBJ(v);
    if (!it->str)
        return VAL_NULL;
    GiltStr *s = AS_STR(it->str);
    if (it->pos >= s->size) {
        it->str = VAL_NULL;
        return VAL_NULL;
    }
    unsigned char c = (unsigned char)s->data[it->pos];
    it->index++;
    if (c < 0x80) {
        it->pos++;
        return OBJ_VAL(ts->vm->char_cache[c]);
    }
    uint32_t cp = gilt_utf8_decode(s->data, &it->pos);
    return gilt_str_from_codepoint(ts, cp);
}

static Value str_iter_length_hint(GiltThread *ts, Value *args, int nargs,
                                  GiltTuple *kw) {
    GiltStrIter *it = (GiltStrIter *)AS_OBJ(args[0]);
    if (!it->str)
        return INT_VAL(0);
    return INT_VAL((int64_t)(AS_STR(it->str)->len - it->index));
}

static void str_iter_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((GiltStrIter *)o)->str);
}

static const GiltMethodDef str_iter_methods[] = {
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__length_hint__", str_iter_length_hint, 0, 0, 0},
    {NULL}};

// ---- registration --------------------------------------------------------------------

static const GiltMethodDef str_proto_methods[] = {
    {"__new__", str_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__getitem__", str_getitem_m, 1, 1, 0},
    {"__contains__", str_contains_m, 1, 1, 0},
    {"__iter__", str_iter_m, 0, 0, 0},
    {"__mul__", str_mul_m, 1, 1, 0},
    {"__rmul__", str_mul_m, 1, 1, 0},
    {"__mod__", str_mod_m, 1, 1, 0},
    {"__rmod__", str_rmod_m, 1, 1, 0},
    {"__getnewargs__", str_getnewargs, 0, 0, 0},
    {"join", str_join_m, 1, 1, 0},
    {NULL}};

int gilt_str_methods_init_types(GiltThread *ts) {
    static const GiltTypeSpec iter_spec = {
        .name = "str_ascii_iterator",
        .basicsize = sizeof(GiltStrIter),
        .methods = str_iter_methods,
        .iternext = str_iternext,
        .trace = str_iter_trace,
    };
    if (!gilt_type_from_spec(ts, &iter_spec, GILT_T_STR_ITER))
        return -1;
    GiltType *str = GILT_TYPE(ts, STR);
    const GiltMethodDef *tables[] = {
        str_proto_methods, gilt_str_search_methods, gilt_str_split_methods,
        gilt_str_case_methods, gilt_str_pad_methods, gilt_str_format_methods,
    };
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
        if (gilt_type_add_methods(ts, str, tables[i]) < 0)
            return -1;
    return 0;
}
