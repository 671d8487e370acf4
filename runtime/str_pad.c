/* str_pad.c - Layout and mapping methods of str: center, ljust, rjust,
 * zfill, expandtabs, translate, maketrans and encode.
 */
#include "../vm/gc.h"
#include "codecs.h"
#include "dict.h"
#include "int.h"
#include "str_impl.h"

// ---- padding ---------------------------------------------------------------------

// [left] and [right] copies of [fill] around [s]. New exact str.
static Value pad(GiltThread *ts, GiltStr *s, size_t left, size_t right,
                 uint32_t fill) {
    char f[4];
    size_t fn = (size_t)gilt_utf8_encode(fill, f);
    size_t size = s->size + (left + right) * fn;
    GiltStr *r = gilt_str_alloc(ts, size);
    if (!r)
        return VAL_NULL;
    char *p = r->data;
    for (size_t i = 0; i < left; i++, p += fn)
        memcpy(p, f, fn);
    memcpy(p, s->data, s->size);
    p += s->size;
    for (size_t i = 0; i < right; i++, p += fn)
        memcpy(p, f, fn);
    r->data[size] = 0;
    r->len = s->len + left + right;
    r->ascii = r->len == size;
    return OBJ_VAL(r);
}

// Parse (width[, fillchar]); 1 when no padding is needed, 0 to pad, -1.
static int pad_args(GiltThread *ts, Value *args, int nargs, int64_t *marg,
                    uint32_t *fill) {
    int64_t width;
    if (gilt_str_int_arg(ts, args[1], false, &width) < 0)
        return -1;
    *fill = ' ';
    if (nargs > 2) {
        Value f = args[2];
        if (!GILT_IS_SUB(ts, f, GILT_TF_STR_SUB)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "The fill character must be a unicode character, not "
                       "%T",
                       f);
            return -1;
        }
        if (AS_STR(f)->len != 1) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "The fill character must be exactly one character long");
            return -1;
        }
        size_t pos = 0;
        *fill = gilt_utf8_decode(AS_STR(f)->data, &pos);
    }
    *marg = width - (int64_t)AS_STR(args[0])->len;
    return *marg <= 0;
}

static Value justify(GiltThread *ts, Value *args, int nargs, char how) {
    int64_t marg;
    uint32_t fill;
    int r = pad_args(ts, args, nargs, &marg, &fill);
    if (r)
        return r < 0 ? VAL_NULL : gilt_str_exact(ts, args[0]);
    GiltStr *s = AS_STR(args[0]);
    if (how == '<')
        return pad(ts, s, 0, (size_t)marg, fill);
    if (how == '>')
        return pad(ts, s, (size_t)marg, 0, fill);
    // CPython's rounding: the odd extra goes left when width is odd.
    int64_t width = marg + (int64_t)s->len;
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(ts, s, (size_t)left, (size_t)(marg - left), fill);
}

static Value str_ljust(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return justify(ts, args, nargs, '<');
}
static Value str_rjust(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return justify(ts, args, nargs, '>');
}
static Value str_center(GiltThread *ts, Value *args, int nargs,
                        GiltTuple *kw) {
    return justify(ts, args, nargs, '^');
}

static Value str_zfill(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    int64_t width;
    if (gilt_str_int_arg(ts, args[1], false, &width) < 0)
        return VAL_NULL;
    GiltStr *s = AS_STR(args[0]);
    if (width <= (int64_t)s->len)
        return gilt_str_exact(ts, args[0]);
    size_t fill = (size_t)(width - (int64_t)s->len);
    Value r = pad(ts, s, fill, 0, '0');
    if (r && s->size && (s->data[0] == '+' || s->data[0] == '-')) {
        // Move the sign to the front.
        AS_STR(r)->data[0] = s->data[0];
        AS_STR(r)->data[fill] = '0';
    }
    return r;
}

static Value str_expandtabs(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw) {
    static const char *const names[] = {"tabsize", NULL};
    Value a[1];
    int64_t tab = 8;
    if (gilt_parse_args(ts, "expandtabs", args + 1, nargs - 1, kw, names, 0,
                        a) < 0 ||
        (a[0] && gilt_str_int_arg(ts, a[0], false, &tab) < 0))
        return VAL_NULL;
    GiltStr *s = AS_STR(args[0]);
    if (!memchr(s->data, '\t', s->size))
        return gilt_str_exact(ts, args[0]);
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    int64_t col = 0;
    for (size_t pos = 0; pos < s->size && !b.failed;) {
        size_t start = pos;
        uint32_t c = gilt_utf8_decode(s->data, &pos);
        if (c == '\t') {
            if (tab > 0) {
                int64_t incr = tab - col % tab;
                if (incr > (int64_t)1 << 40) {
                    gilt_strbuf_free(ts, &b);
                    return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                                      "new string is too long");
                }
                col += incr;
                for (int64_t i = 0; i < incr; i++)
                    gilt_strbuf_append_char(ts, &b, ' ');
            }
            continue;
        }
        gilt_strbuf_append(ts, &b, s->data + start, pos - start);
        col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
    return gilt_strbuf_finish(ts, &b);
}

// ---- translate, maketrans --------------------------------------------------------------

// table[c]: 1 with *out set, 0 when the table has no entry (LookupError),
// -1 on error.
static int trans_lookup(GiltThread *ts, Value table, uint32_t c, Value *out) {
    if (GILT_IS(ts, table, DICT))
        return gilt_dict_lookup(ts, AS_DICT(table), INT_VAL(c), out);
    *out = gilt_getitem(ts, table, INT_VAL(c));
    if (*out)
        return 1;
    if (!gilt_exc_matches(ts, GILT_EXC_LOOKUP_ERROR))
        return -1;
    gilt_exc_clear(ts);
    return 0;
}

static bool trans_append(GiltThread *ts, GiltStrBuf *b, Value m) {
    if (m == VAL_NONE)
        return true;
    if (GILT_IS_SUB(ts, m, GILT_TF_STR_SUB))
        return gilt_strbuf_append_str(ts, b, AS_STR(m));
    if (!IS_INT(m) && !gilt_is_int(ts, m)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "character mapping must return integer, None or str");
        return false;
    }
    int64_t i;
    if (!IS_INT(m) || (i = AS_INT(m)) < 0 || i > 0x10FFFF) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                   "character mapping must be in range(0x110000)");
        return false;
    }
    return gilt_strbuf_append_codepoint(ts, b, (uint32_t)i);
}

static Value str_translate(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    GiltStr *s = AS_STR(args[0]);
    Value table = args[1];
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    for (size_t pos = 0; pos < s->size;) {
        size_t start = pos;
        uint32_t c = gilt_utf8_decode(s->data, &pos);
        Value m;
        int r = trans_lookup(ts, table, c, &m);
        bool ok = r < 0   ? false
                  : r == 0 ? gilt_strbuf_append(ts, &b, s->data + start,
                                                pos - start)
                           : trans_append(ts, &b, m);
        if (!ok) {
            gilt_strbuf_free(ts, &b);
            return VAL_NULL;
        }
    }
    return gilt_strbuf_finish(ts, &b);
}

static Value maketrans_dict(GiltThread *ts, Value x) {
    if (!GILT_IS_SUB(ts, x, GILT_TF_DICT_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "if you give only one argument to maketrans it must "
                          "be a dict");
    GiltDict *r = gilt_dict_new(ts);
    if (!r)
        return VAL_NULL;
    gilt_gc_push_root(ts, OBJ_VAL(r));
    size_t pos = 0;
    Value k, v;
    while (gilt_dict_next(AS_DICT(x), &pos, &k, &v)) {
        if (GILT_IS_SUB(ts, k, GILT_TF_STR_SUB)) {
            if (AS_STR(k)->len != 1)
                return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                                  "string keys in translate table must be of "
                                  "length 1");
            size_t p = 0;
            k = INT_VAL(gilt_utf8_decode(AS_STR(k)->data, &p));
        } else if (!IS_INT(k) && !gilt_is_int(ts, k)) {
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "keys in translate table must be strings or "
                              "integers");
        }
        if (gilt_dict_set(ts, r, k, v) < 0)
            return VAL_NULL;
    }
    gilt_gc_pop_root(ts);
    return OBJ_VAL(r);
}

static Value str_maketrans(GiltThread *ts, Value *args, int nargs,
                           GiltTuple *kw) {
    for (int i = 1; i < nargs; i++)
        if (!GILT_IS_SUB(ts, args[i], GILT_TF_STR_SUB))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "maketrans() argument %d must be str, not %s",
                              i + 1, gilt_str_arg_type(ts, args[i]));
    if (nargs == 1)
        return maketrans_dict(ts, args[0]);
    if (!GILT_IS_SUB(ts, args[0], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "first maketrans argument must be a string if there "
                          "is a second argument");
    GiltStr *x = AS_STR(args[0]), *y = AS_STR(args[1]);
    if (x->len != y->len)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "the first two maketrans arguments must have equal "
                          "length");
    GiltDict *r = gilt_dict_new(ts);
    if (!r)
        return VAL_NULL;
    for (size_t px = 0, py = 0; px < x->size;) {
        uint32_t a = gilt_utf8_decode(x->data, &px);
        uint32_t b = gilt_utf8_decode(y->data, &py);
        if (gilt_dict_set(ts, r, INT_VAL(a), INT_VAL(b)) < 0)
            return VAL_NULL;
    }
    if (nargs > 2) {
        GiltStr *z = AS_STR(args[2]);
        for (size_t p = 0; p < z->size;)
            if (gilt_dict_set(ts, r, INT_VAL(gilt_utf8_decode(z->data, &p)),
                              VAL_NONE) < 0)
                return VAL_NULL;
    }
    return OBJ_VAL(r);
}

// ---- encode --------------------------------------------------------------------------

static Value str_encode(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    static const char *const names[] = {"encoding", "errors", NULL};
    Value a[2];
    if (gilt_parse_args(ts, "encode", args + 1, nargs - 1, kw, names, 0, a) < 0)
        return VAL_NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !GILT_IS_SUB(ts, a[i], GILT_TF_STR_SUB))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "encode() argument '%s' must be str, not %s",
                              names[i], gilt_str_arg_type(ts, a[i]));
    return gilt_codec_encode(ts, AS_STR(args[0]),
                             a[0] ? AS_STR(a[0])->data : NULL,
                             a[1] ? AS_STR(a[1])->data : NULL);
}

const GiltMethodDef gilt_str_pad_methods[] = {
    {"center", str_center, 1, 2, 0},
    {"ljust", str_ljust, 1, 2, 0},
    {"rjust", str_rjust, 1, 2, 0},
    {"zfill", str_zfill, 1, 1, 0},
    {"expandtabs", str_expandtabs, 0, -1, GILT_M_KW},
    {"translate", str_translate, 1, 1, 0},
    {"maketrans", str_maketrans, 1, 3, GILT_M_STATIC},
    {"encode", str_encode, 0, -1, GILT_M_KW},
    {NULL}};
