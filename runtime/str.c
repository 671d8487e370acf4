/* str.c - The str representation: creation, UTF-8, interning, hashing,
 * comparison, repr, and string builders. str's methods are in
 * str_methods.c, formatting in str_format.c.
 */
#include "str.h"

#include <stdio.h>
#include <stdlib.h>

#include "../vm/gc.h"
#include "codecs.h"
#include "type.h"
#include "unicode.h"

// ---- UTF-8 ----------------------------------------------------------------------

uint32_t gilt_utf8_decode(const char *p, size_t *pos) {
    const unsigned char *s = (const unsigned char *)p + *pos;
    uint32_t c = s[0];
    if (c < 0x80) {
        *pos += 1;
        return c;
    }
    if (c < 0xE0) {
        *pos += 2;
        return ((c & 0x1F) << 6) | (s[1] & 0x3F);
    }
    if (c < 0xF0) {
        *pos += 3;
        return ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    *pos += 4;
    return ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) |
           (s[3] & 0x3F);
}

int gilt_utf8_encode(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t gilt_str_offset(GiltStr *s, size_t index) {
    if (s->ascii)
        return index;
    return gilt_utf8_skip(s->data, s->size, index);
}

// ---- creation ---------------------------------------------------------------------

static size_t str_varsize(GiltObject *o) {
    return offsetof(GiltStr, data) + ((GiltStr *)o)->size + 1;
}

GiltStr *gilt_str_alloc(GiltThread *ts, size_t size) {
    if (size > (SIZE_MAX >> 2)) {
        gilt_raise_nomem(ts);
        return NULL;
    }
    GiltStr *s = gilt_gc_alloc(ts, GILT_TYPE(ts, STR),
                               offsetof(GiltStr, data) + size + 1);
    if (!s)
        return NULL;
    s->hash = -1;
    s->size = size;
    return s;
}

Value gilt_str_finish(GiltStr *s) {
    const unsigned char *d = (const unsigned char *)s->data;
    size_t len = 0;
    bool ascii = true;
    for (size_t i = 0; i < s->size; i++) {
        if (d[i] >= 0x80)
            ascii = false;
        if ((d[i] & 0xC0) != 0x80)
            len++;
    }
    s->data[s->size] = 0;
    s->len = len;
    s->ascii = ascii;
    return OBJ_VAL(s);
}

Value gilt_str_new(GiltThread *ts, const char *utf8, size_t size) {
    if (size == 0)
        return ts->vm->empty_str ? ts->vm->empty_str
                                 : OBJ_VAL(gilt_str_alloc(ts, 0));
    if (size == 1 && (unsigned char)utf8[0] < 0x80 &&
        ts->vm->char_cache[(unsigned char)utf8[0]])
        return OBJ_VAL(ts->vm->char_cache[(unsigned char)utf8[0]]);
    GiltStr *s = gilt_str_alloc(ts, size);
    if (!s)
        return VAL_NULL;
    memcpy(s->data, utf8, size);
    return gilt_str_finish(s);
}

Value gilt_str_from_cstr(GiltThread *ts, const char *s) {
    return gilt_str_new(ts, s, strlen(s));
}

Value gilt_str_new_known(GiltThread *ts, const char *utf8, size_t size,
                         size_t len, bool ascii) {
    if (size <= 1)
        return gilt_str_new(ts, utf8, size);
    GiltStr *s = gilt_str_alloc(ts, size);
    if (!s)
        return VAL_NULL;
    memcpy(s->data, utf8, size);
    s->data[size] = 0;
    s->len = len;
    s->ascii = ascii;
    return OBJ_VAL(s);
}

Value gilt_str_exact(GiltThread *ts, Value v) {
    if (AS_OBJ(v)->type == GILT_TYPE(ts, STR))
        return v;
    GiltStr *s = AS_STR(v);
    return gilt_str_new_known(ts, s->data, s->size, s->len, s->ascii);
}

size_t gilt_utf8_count(const char *p, size_t n) {
    // Count the bytes that start a code point; the loop vectorises.
    const signed char *d = (const signed char *)p;
    size_t cont = 0;
    for (size_t i = 0; i < n; i++)
        cont += d[i] < -64; // 0x80..0xBF
    return n - cont;
}

size_t gilt_utf8_skip(const char *p, size_t n, size_t count) {
    const unsigned char *d = (const unsigned char *)p;
    size_t pos = 0;
    while (count > 0 && pos < n) {
        uint64_t w;
        // Eight ASCII bytes at a time where possible.
        if (count >= 8 && pos + 8 <= n &&
            (memcpy(&w, d + pos, 8), !(w & 0x8080808080808080ull))) {
            pos += 8;
            count -= 8;
            continue;
        }
        unsigned char c = d[pos];
        pos += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        count--;
    }
    return pos < n ? pos : n;
}

Value gilt_str_from_codepoint(GiltThread *ts, uint32_t cp) {
    if (cp < 256 && ts->vm->char_cache[cp])
        return OBJ_VAL(ts->vm->char_cache[cp]);
    char buf[4];
    int n = gilt_utf8_encode(cp, buf);
    return gilt_str_new(ts, buf, (size_t)n);
}

Value gilt_str_printf(GiltThread *ts, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return gilt_raise(ts, GILT_EXC_SYSTEM_ERROR, "bad format");
    if ((size_t)n < sizeof small)
        return gilt_str_new(ts, small, (size_t)n);
    GiltStr *s = gilt_str_alloc(ts, (size_t)n);
    if (!s)
        return VAL_NULL;
    va_start(ap, fmt);
    vsnprintf(s->data, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return gilt_str_finish(s);
}

// The codec does the work: CPython's error ranges, reasons and handlers.
Value gilt_str_decode_utf8(GiltThread *ts, const char *data, size_t size,
                           const char *errors) {
    return gilt_codec_utf8_decode(ts, data, size, errors);
}

// ---- hashing, equality, interning ----------------------------------------------------

static uint64_t mix(uint64_t h) {
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    return h ^ (h >> 31);
}

static int64_t hash_bytes(const char *p, size_t n) {
    // As in CPython, whose other str hashes are randomised, the empty
    // string hashes to 0 (and so frozenset hashes holding it match).
    if (n == 0)
        return 0;
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xff51afd7ed558ccdull);
    while (n >= 8) {
        uint64_t k;
        memcpy(&k, p, 8);
        h = mix(h ^ k);
        p += 8;
        n -= 8;
    }
    uint64_t k = 0;
    memcpy(&k, p, n);
    h = mix(h ^ k ^ ((uint64_t)n << 56));
    // 46 bits, so that hash(s) is always a small int.
    int64_t r = (int64_t)(h >> 18) - ((int64_t)1 << 45);
    return r == -1 ? -2 : r;
}

int64_t gilt_str_hash_bytes(const char *p, size_t n) {
    return hash_bytes(p, n);
}

int64_t gilt_str_hash(GiltStr *s) {
    if (s->hash == -1)
        s->hash = hash_bytes(s->data, s->size);
    return s->hash;
}

bool gilt_str_eq(GiltStr *a, GiltStr *b) {
    if (a == b)
        return true;
    if (a->size != b->size || (a->interned && b->interned))
        return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
        return false;
    return memcmp(a->data, b->data, a->size) == 0;
}

bool gilt_str_eq_cstr(GiltStr *s, const char *c) {
    size_t n = strlen(c);
    return s->size == n && memcmp(s->data, c, n) == 0;
}

// UTF-8 byte order equals code-point order (surrogates aside).
int gilt_str_cmp(GiltStr *a, GiltStr *b) {
    size_t n = a->size < b->size ? a->size : b->size;
    int c = memcmp(a->data, b->data, n);
    if (c)
        return c;
    return (a->size > b->size) - (a->size < b->size);
}

Value gilt_str_concat(GiltThread *ts, GiltStr *a, GiltStr *b) {
    if (a->size == 0)
        return OBJ_VAL(b);
    if (b->size == 0)
        return OBJ_VAL(a);
    GiltStr *s = gilt_str_alloc(ts, a->size + b->size);
    if (!s)
        return VAL_NULL;
    memcpy(s->data, a->data, a->size);
    memcpy(s->data + a->size, b->data, b->size);
    s->data[s->size] = 0;
    s->len = a->len + b->len;
    s->ascii = a->ascii && b->ascii;
    return OBJ_VAL(s);
}

static int intern_grow(GiltVM *vm) {
    size_t cap = vm->interned_cap ? vm->interned_cap * 2 : 1024;
    GiltStr **t = calloc(cap, sizeof *t);
    if (!t)
        return -1;
    for (size_t i = 0; i < vm->interned_cap; i++) {
        GiltStr *s = vm->interned[i];
        if (!s)
            continue;
        size_t j = (size_t)s->hash & (cap - 1);
        while (t[j])
            j = (j + 1) & (cap - 1);
        t[j] = s;
    }
    free(vm->interned);
    vm->interned = t;
    vm->interned_cap = cap;
    return 0;
}

// The slot holding the interned str with these bytes, or the empty slot
// where it belongs.
static GiltStr **intern_slot(GiltVM *vm, const char *s, size_t n, int64_t h) {
    size_t mask = vm->interned_cap - 1, j = (size_t)h & mask;
    for (;;) {
        GiltStr *e = vm->interned[j];
        if (!e || (e->hash == h && e->size == n && !memcmp(e->data, s, n)))
            return &vm->interned[j];
        j = (j + 1) & mask;
    }
}

GiltStr *gilt_str_intern(GiltThread *ts, GiltStr *s) {
    if (s->interned)
        return s;
    GiltVM *vm = ts->vm;
    if ((vm->ninterned + 1) * 2 > vm->interned_cap && intern_grow(vm) < 0) {
        gilt_raise_nomem(ts);
        return NULL;
    }
    int64_t h = gilt_str_hash(s);
    GiltStr **slot = intern_slot(vm, s->data, s->size, h);
    if (*slot)
        return *slot;
    // Only exact strs are interned; a subclass instance gets a copy.
    if (s->obj.type != GILT_TYPE(ts, STR)) {
        Value c = gilt_str_new(ts, s->data, s->size);
        if (!c)
            return NULL;
        s = AS_STR(c);
        gilt_str_hash(s);
        if (s->interned)
            return s;
        slot = intern_slot(vm, s->data, s->size, h);
    }
    s->interned = true;
    *slot = s;
    vm->ninterned++;
    return s;
}

GiltStr *gilt_str_intern_n(GiltThread *ts, const char *s, size_t n) {
    GiltVM *vm = ts->vm;
    if (vm->interned_cap) {
        GiltStr **slot = intern_slot(vm, s, n, hash_bytes(s, n));
        if (*slot)
            return *slot;
    }
    GiltStr *str = gilt_str_alloc(ts, n);
    if (!str)
        return NULL;
    memcpy(str->data, s, n);
    gilt_str_finish(str);
    return gilt_str_intern(ts, str);
}

GiltStr *gilt_str_intern_cstr(GiltThread *ts, const char *s) {
    return gilt_str_intern_n(ts, s, strlen(s));
}

// ---- repr -------------------------------------------------------------------------------

static void repr_char(GiltThread *ts, GiltStrBuf *b, uint32_t c, char quote) {
    switch (c) {
    case '\\':
        gilt_strbuf_append(ts, b, "\\\\", 2);
        return;
    case '\n':
        gilt_strbuf_append(ts, b, "\\n", 2);
        return;
    case '\r':
        gilt_strbuf_append(ts, b, "\\r", 2);
        return;
    case '\t':
        gilt_strbuf_append(ts, b, "\\t", 2);
        return;
    }
    if (c == (uint32_t)quote) {
        gilt_strbuf_append_char(ts, b, '\\');
        gilt_strbuf_append_char(ts, b, quote);
    } else if (c < 0x20 || c == 0x7F) {
        gilt_strbuf_printf(ts, b, "\\x%02x", c);
    } else if (c < 0x7F) {
        gilt_strbuf_append_char(ts, b, (char)c);
    } else if (gilt_unicode_isprintable(c)) {
        gilt_strbuf_append_codepoint(ts, b, c);
    } else if (c <= 0xFF) {
        gilt_strbuf_printf(ts, b, "\\x%02x", c);
    } else if (c <= 0xFFFF) {
        gilt_strbuf_printf(ts, b, "\\u%04x", c);
    } else {
        gilt_strbuf_printf(ts, b, "\\U%08x", c);
    }
}

Value gilt_str_repr(GiltThread *ts, GiltStr *s) {
    bool sq = memchr(s->data, '\'', s->size) != NULL;
    bool dq = memchr(s->data, '"', s->size) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    gilt_strbuf_append_char(ts, &b, quote);
    const unsigned char *d = (const unsigned char *)s->data;
    GiltUniCache cache = GILT_UNI_CACHE_INIT;
    for (size_t pos = 0; pos < s->size;) {
        // Copy runs of characters that stand for themselves in one go.
        size_t run = pos;
        while (run < s->size && d[run] >= 0x20 && d[run] < 0x7F &&
               d[run] != '\\' && d[run] != (unsigned char)quote)
            run++;
        gilt_strbuf_append(ts, &b, s->data + pos, run - pos);
        if (run == s->size)
            break;
        pos = run;
        uint32_t c = gilt_utf8_decode(s->data, &pos);
        if (c >= 0x80 &&
            (gilt_unicode_props_cached(&cache, c) & GILT_UNI_PRINTABLE))
            gilt_strbuf_append(ts, &b, s->data + run, pos - run);
        else
            repr_char(ts, &b, c, quote);
    }
    gilt_strbuf_append_char(ts, &b, quote);
    return gilt_strbuf_finish(ts, &b);
}

// ---- builders -----------------------------------------------------------------------------

void gilt_strbuf_init(GiltStrBuf *b) {
    b->data = b->inline_buf;
    b->size = 0;
    b->cap = sizeof b->inline_buf;
    b->failed = false;
}

void gilt_strbuf_free(GiltThread *ts, GiltStrBuf *b) {
    (void)ts;
    if (b->data != b->inline_buf)
        free(b->data);
    gilt_strbuf_init(b);
}

static bool grow(GiltThread *ts, GiltStrBuf *b, size_t need) {
    if (b->failed)
        return false;
    if (b->size + need <= b->cap)
        return true;
    size_t cap = b->cap * 2;
    while (cap < b->size + need)
        cap *= 2;
    char *d = b->data == b->inline_buf ? malloc(cap) : realloc(b->data, cap);
    if (!d || cap > (SIZE_MAX >> 2)) {
        b->failed = true;
        gilt_raise_nomem(ts);
        return false;
    }
    if (b->data == b->inline_buf)
        memcpy(d, b->inline_buf, b->size);
    b->data = d;
    b->cap = cap;
    return true;
}

bool gilt_strbuf_reserve(GiltThread *ts, GiltStrBuf *b, size_t n) {
    return grow(ts, b, n);
}

bool gilt_strbuf_append(GiltThread *ts, GiltStrBuf *b, const char *s,
                        size_t n) {
    if (!grow(ts, b, n))
        return false;
    memcpy(b->data + b->size, s, n);
    b->size += n;
    return true;
}

bool gilt_strbuf_append_cstr(GiltThread *ts, GiltStrBuf *b, const char *s) {
    return gilt_strbuf_append(ts, b, s, strlen(s));
}

bool gilt_strbuf_append_char(GiltThread *ts, GiltStrBuf *b, char c) {
    if (!grow(ts, b, 1))
        return false;
    b->data[b->size++] = c;
    return true;
}

bool gilt_strbuf_append_codepoint(GiltThread *ts, GiltStrBuf *b, uint32_t cp) {
    char buf[4];
    return gilt_strbuf_append(ts, b, buf, (size_t)gilt_utf8_encode(cp, buf));
}

bool gilt_strbuf_append_str(GiltThread *ts, GiltStrBuf *b, GiltStr *s) {
    return gilt_strbuf_append(ts, b, s->data, s->size);
}

bool gilt_strbuf_printf(GiltThread *ts, GiltStrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !grow(ts, b, (size_t)n + 1))
        return false;
    va_start(ap, fmt);
    vsnprintf(b->data + b->size, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->size += (size_t)n;
    return true;
}

bool gilt_strbuf_append_repr(GiltThread *ts, GiltStrBuf *b, Value v) {
    Value r = gilt_repr(ts, v);
    if (!r) {
        b->failed = true;
        return false;
    }
    return gilt_strbuf_append_str(ts, b, AS_STR(r));
}

bool gilt_strbuf_append_strof(GiltThread *ts, GiltStrBuf *b, Value v) {
    Value r = gilt_str(ts, v);
    if (!r) {
        b->failed = true;
        return false;
    }
    return gilt_strbuf_append_str(ts, b, AS_STR(r));
}

Value gilt_strbuf_finish(GiltThread *ts, GiltStrBuf *b) {
    if (b->failed) {
        gilt_strbuf_free(ts, b);
        return VAL_NULL;
    }
    Value r = gilt_str_new(ts, b->data, b->size);
    gilt_strbuf_free(ts, b);
    return r;
}

// One printf conversion: copy "%[flags][width][.prec][len]c" and hand it
// to snprintf with the matching argument type.
static bool format_c_conv(GiltThread *ts, GiltStrBuf *b, const char **pf,
                          va_list *ap) {
    const char *f = *pf, *start = f - 1;
    while (strchr("-+ #0123456789.", *f))
        f++;
    int longs = 0;
    bool size_t_mod = false;
    while (*f == 'l' || *f == 'z' || *f == 'h') {
        if (*f == 'l')
            longs++;
        if (*f == 'z')
            size_t_mod = true;
        f++;
    }
    char spec[32];
    size_t n = (size_t)(f - start) + 1;
    if (n >= sizeof spec)
        return false;
    memcpy(spec, start, n);
    spec[n] = 0;
    *pf = f + 1;
    char tmp[128];
    switch (*f) {
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o':
        if (size_t_mod)
            snprintf(tmp, sizeof tmp, spec, va_arg(*ap, size_t));
        else if (longs >= 2)
            snprintf(tmp, sizeof tmp, spec, va_arg(*ap, long long));
        else if (longs == 1)
            snprintf(tmp, sizeof tmp, spec, va_arg(*ap, long));
        else
            snprintf(tmp, sizeof tmp, spec, va_arg(*ap, int));
        break;
    case 'c':
        snprintf(tmp, sizeof tmp, spec, va_arg(*ap, int));
        break;
    case 'p':
        snprintf(tmp, sizeof tmp, spec, va_arg(*ap, void *));
        break;
    case 'f':
    case 'g':
    case 'e':
        snprintf(tmp, sizeof tmp, spec, va_arg(*ap, double));
        break;
    case 's':
        return gilt_strbuf_append_cstr(ts, b, va_arg(*ap, const char *));
    default:
        return false;
    }
    return gilt_strbuf_append_cstr(ts, b, tmp);
}

bool gilt_strbuf_vformat(GiltThread *ts, GiltStrBuf *b, const char *fmt,
                         va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    bool ok = true;
    for (const char *f = fmt; *f && ok;) {
        const char *pct = strchr(f, '%');
        if (!pct) {
            ok = gilt_strbuf_append_cstr(ts, b, f);
            break;
        }
        ok = gilt_strbuf_append(ts, b, f, (size_t)(pct - f));
        f = pct + 1;
        switch (*f) {
        case '%':
            ok = ok && gilt_strbuf_append_char(ts, b, '%');
            f++;
            break;
        case 'T':
            ok = ok && gilt_strbuf_append_cstr(ts, b,
                                               gilt_type_name(ts, va_arg(ap2, Value)));
            f++;
            break;
        case 'R':
            ok = ok && gilt_strbuf_append_repr(ts, b, va_arg(ap2, Value));
            f++;
            break;
        case 'S':
            ok = ok && gilt_strbuf_append_strof(ts, b, va_arg(ap2, Value));
            f++;
            break;
        case 'U':
            ok = ok && gilt_strbuf_append_str(ts, b, va_arg(ap2, GiltStr *));
            f++;
            break;
        default:
            ok = ok && format_c_conv(ts, b, &f, &ap2);
        }
    }
    va_end(ap2);
    if (!ok)
        b->failed = true;
    return ok;
}

// ---- the str type's core ------------------------------------------------------------------

static Value str_repr_m(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    return gilt_str_repr(ts, AS_STR(args[0]));
}

static Value str_str_m(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    if (AS_OBJ(args[0])->type == GILT_TYPE(ts, STR))
        return args[0];
    return gilt_str_new(ts, AS_STR(args[0])->data, AS_STR(args[0])->size);
}

static Value str_hash_m(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)ts, (void)nargs, (void)kw;
    return INT_VAL(gilt_str_hash(AS_STR(args[0])));
}

static Value str_len_m(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)ts, (void)nargs, (void)kw;
    return INT_VAL((int64_t)AS_STR(args[0])->len);
}

static Value str_cmp_m(GiltThread *ts, Value *args, GiltCompareOp op) {
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return VAL_NOTIMPL;
    GiltStr *a = AS_STR(args[0]), *b = AS_STR(args[1]);
    if (op == GILT_EQ || op == GILT_NE)
        return BOOL_VAL(gilt_str_eq(a, b) == (op == GILT_EQ));
    int c = gilt_str_cmp(a, b);
    switch (op) {
    case GILT_LT:
        return BOOL_VAL(c < 0);
    case GILT_LE:
        return BOOL_VAL(c <= 0);
    case GILT_GT:
        return BOOL_VAL(c > 0);
    default:
        return BOOL_VAL(c >= 0);
    }
}

#define CMP_METHOD(fname, op)                                                  \
    static Value fname(GiltThread *ts, Value *args, int nargs,                 \
                       GiltTuple *kw) {                                        \
        (void)nargs, (void)kw;                                                 \
        return str_cmp_m(ts, args, op);                                        \
    }
CMP_METHOD(str_eq_m, GILT_EQ)
CMP_METHOD(str_ne_m, GILT_NE)
CMP_METHOD(str_lt_m, GILT_LT)
CMP_METHOD(str_le_m, GILT_LE)
CMP_METHOD(str_gt_m, GILT_GT)
CMP_METHOD(str_ge_m, GILT_GE)

static Value str_add_m(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    (void)nargs, (void)kw;
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return VAL_NOTIMPL;
    return gilt_str_concat(ts, AS_STR(args[0]), AS_STR(args[1]));
}

static const GiltMethodDef str_core_methods[] = {
    {"__repr__", str_repr_m, 0, 0, 0}, {"__str__", str_str_m, 0, 0, 0},
    {"__hash__", str_hash_m, 0, 0, 0}, {"__len__", str_len_m, 0, 0, 0},
    {"__eq__", str_eq_m, 1, 1, 0},     {"__ne__", str_ne_m, 1, 1, 0},
    {"__lt__", str_lt_m, 1, 1, 0},     {"__le__", str_le_m, 1, 1, 0},
    {"__gt__", str_gt_m, 1, 1, 0},     {"__ge__", str_ge_m, 1, 1, 0},
    {"__add__", str_add_m, 1, 1, 0},   {NULL}};

int gilt_str_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "str",
        .basicsize = offsetof(GiltStr, data),
        .flags = GILT_TF_BASETYPE | GILT_TF_STR_SUB,
        .varsize = str_varsize,
        .methods = str_core_methods,
    };
    return gilt_type_from_spec(ts, &spec, GILT_T_STR) ? 0 : -1;
}
