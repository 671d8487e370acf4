/* int_str.c - int <-> text: decimal and power-of-two bases out, any base
 * 2..36 in, with CPython's digit limit (sys.set_int_max_str_digits).
 *
 * Decimal output converts the magnitude to base 10^9 limbs by repeated
 * division by the constant 10^9 (which compilers turn into multiplies),
 * and input multiplies by chunks of digits: both O(n^2) with a small
 * constant, like CPython, which is why the digit limit exists.
 */
#include <stdio.h>

#include "bigint.h"
#include "str.h"
#include "unicode.h"

#define LIMIT_MSG_TO_STR                                                       \
    "Exceeds the limit (%d digits) for integer string conversion; use "      \
    "sys.set_int_max_str_digits() to increase the limit"
#define LIMIT_MSG_TO_INT                                                       \
    "Exceeds the limit (%d digits) for integer string conversion: value "    \
    "has %zu digits; use sys.set_int_max_str_digits() to increase the limit"

// ---- int -> decimal -----------------------------------------------------------

// a[0..n) /= 10^9 in place; returns the remainder.
static uint32_t divrem_1e9(uint32_t *a, size_t n) {
    uint64_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        uint64_t cur = rem << 32 | a[i];
        a[i] = (uint32_t)(cur / 1000000000u);
        rem = cur % 1000000000u;
    }
    return (uint32_t)rem;
}

static int limit_error(GiltThread *ts) {
    gilt_raise(ts, GILT_EXC_VALUE_ERROR, LIMIT_MSG_TO_STR,
               ts->vm->int_max_str_digits);
    return -1;
}

// The decimal digits of a magnitude into a new buffer (no sign, no NUL).
static char *mag_to_decimal(GiltThread *ts, const uint32_t *d, size_t n,
                            size_t *len) {
    int limit = ts->vm->int_max_str_digits;
    uint64_t bits = gilt_int_mag_bits(d, n);
    // bits * log10(2) digits at least: refuse before doing the work.
    if (limit > 0 && bits > 64 && (double)(bits - 1) * 0.30102999566 >= limit + 1.0) {
        limit_error(ts);
        return NULL;
    }
    size_t nlimbs = n * 32 / 29 + 2, bytes = n * sizeof(uint32_t);
    uint32_t *tmp = gilt_mem_realloc(ts, NULL, 0, bytes + nlimbs * 4);
    if (!tmp)
        return NULL;
    uint32_t *limbs = tmp + n;
    memcpy(tmp, d, bytes);
    size_t tn = n, k = 0;
    while (tn) {
        limbs[k++] = divrem_1e9(tmp, tn);
        while (tn && tmp[tn - 1] == 0)
            tn--;
    }
    if (k == 0)
        limbs[k++] = 0;
    char *out = gilt_mem_realloc(ts, NULL, 0, k * 9 + 1);
    if (out) {
        int w = snprintf(out, 10, "%u", limbs[k - 1]);
        size_t pos = (size_t)w;
        for (size_t i = k - 1; i-- > 0; pos += 9)
            snprintf(out + pos, 10, "%09u", limbs[i]);
        *len = pos;
    }
    gilt_mem_free(ts->vm, tmp, bytes + nlimbs * 4);
    if (out && limit > 0 && *len > (size_t)limit) {
        gilt_mem_free(ts->vm, out, k * 9 + 1);
        limit_error(ts);
        return NULL;
    }
    return out;
}

// [k] bits of a magnitude starting at bit [pos].
static unsigned bits_at(const uint32_t *d, size_t n, uint64_t pos, unsigned k) {
    size_t at = (size_t)(pos / 32);
    unsigned off = (unsigned)(pos % 32);
    uint64_t t = d[at];
    if (at + 1 < n)
        t |= (uint64_t)d[at + 1] << 32;
    return (unsigned)(t >> off) & ((1u << k) - 1);
}

// The digits of a magnitude in base 2, 8 or 16, written backwards ending
// at [end].
static void pow2_digits(const GiltIntView *w, unsigned k, size_t ndig,
                        char *end) {
    static const char hexdig[] = "0123456789abcdef";
    for (size_t i = 0; i < ndig; i++)
        *--end = w->n ? hexdig[bits_at(w->d, w->n, (uint64_t)i * k, k)] : '0';
}

static size_t pow2_count(const GiltIntView *w, unsigned k) {
    uint64_t bits = gilt_int_mag_bits(w->d, w->n);
    return bits ? (size_t)((bits + k - 1) / k) : 1;
}

char *gilt_int_digits(GiltThread *ts, Value v, int base, size_t *len) {
    GiltIntView w;
    gilt_int_view(v, &w);
    if (base != 10) {
        unsigned k = base == 2 ? 1 : base == 8 ? 3 : 4;
        size_t n = pow2_count(&w, k);
        char *out = gilt_mem_realloc(ts, NULL, 0, n + 1);
        if (out) {
            pow2_digits(&w, k, n, out + n);
            *len = n;
        }
        return out;
    }
    if (w.n <= 2) {
        char *out = gilt_mem_realloc(ts, NULL, 0, 24);
        uint64_t m = w.n == 0 ? 0 : w.n == 1 ? w.d[0] : w.d[0] | (uint64_t)w.d[1] << 32;
        if (out)
            *len = (size_t)snprintf(out, 24, "%llu", (unsigned long long)m);
        return out;
    }
    return mag_to_decimal(ts, w.d, w.n, len);
}

Value gilt_int_to_str(GiltThread *ts, Value v) {
    if (IS_INT(v) || IS_BOOL(v)) {
        char buf[24];
        int64_t i = IS_INT(v) ? AS_INT(v) : v == VAL_TRUE;
        int n = snprintf(buf, sizeof buf, "%lld", (long long)i);
        return gilt_str_new(ts, buf, (size_t)n);
    }
    GiltIntView w;
    gilt_int_view(v, &w);
    if (w.n <= 2) { // up to 64 bits: no limbs needed
        char buf[24];
        uint64_t m = w.n == 1 ? w.d[0] : w.d[0] | (uint64_t)w.d[1] << 32;
        int n = snprintf(buf, sizeof buf, "%s%llu", w.sign < 0 ? "-" : "",
                         (unsigned long long)m);
        return gilt_str_new(ts, buf, (size_t)n);
    }
    size_t len;
    char *digits = mag_to_decimal(ts, w.d, w.n, &len);
    if (!digits)
        return VAL_NULL;
    size_t neg = w.sign < 0;
    GiltStr *s = gilt_str_alloc(ts, len + neg);
    if (s) {
        s->data[0] = '-';
        memcpy(s->data + neg, digits, len);
    }
    gilt_mem_free(ts->vm, digits, 0);
    return s ? gilt_str_finish(s) : VAL_NULL;
}

// ---- int -> base 2, 8, 16 --------------------------------------------------------

Value gilt_int_to_base(GiltThread *ts, Value v, int base, bool prefix) {
    if (base == 10)
        return gilt_int_to_str(ts, v);
    GiltIntView w;
    gilt_int_view(v, &w);
    unsigned k = base == 2 ? 1 : base == 8 ? 3 : 4;
    size_t ndig = pow2_count(&w, k);
    size_t head = (w.sign < 0) + (prefix ? 2 : 0);
    GiltStr *s = gilt_str_alloc(ts, head + ndig);
    if (!s)
        return VAL_NULL;
    char *p = s->data;
    if (w.sign < 0)
        *p++ = '-';
    if (prefix) {
        *p++ = '0';
        *p++ = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
    }
    pow2_digits(&w, k, ndig, p + ndig);
    return gilt_str_finish(s);
}

// ---- text -> int -------------------------------------------------------------

static int digit_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// Power-of-two base: pack [ndig] digits (underscores skipped) into bits.
static Value parse_pow2(GiltThread *ts, const char *s, const char *end,
                        size_t ndig, int base, int sign) {
    unsigned k = (unsigned)__builtin_ctz((unsigned)base);
    GiltBigInt *r = gilt_int_alloc(ts, (ndig * k + 31) / 32 + 1);
    if (!r)
        return VAL_NULL;
    uint64_t pos = 0;
    for (const char *p = end; p-- > s;) {
        if (*p == '_')
            continue;
        uint64_t dv = (uint64_t)digit_value(*p) << (pos % 32);
        r->digits[pos / 32] |= (uint32_t)dv;
        if (dv >> 32)
            r->digits[pos / 32 + 1] |= (uint32_t)(dv >> 32);
        pos += k;
    }
    return gilt_int_finish(r, sign);
}

// Other bases: r = r * base^chunk + chunk_value, chunk digits at a time.
static Value parse_general(GiltThread *ts, const char *s, const char *end,
                           size_t ndig, int base, int sign) {
    unsigned chunk = 1;
    uint64_t pw = (uint64_t)base;
    while (pw * (uint64_t)base <= 0xFFFFFFFFu)
        pw *= (uint64_t)base, chunk++;
    // Each digit needs at most log2(36) < 5.2 bits.
    GiltBigInt *r = gilt_int_alloc(ts, ndig * 21 / 128 + 2);
    if (!r)
        return VAL_NULL;
    size_t n = 0;
    const char *p = s;
    while (p < end) {
        uint64_t val = 0, mul = 1;
        for (unsigned c = 0; c < chunk && p < end; p++) {
            if (*p == '_')
                continue;
            val = val * (uint64_t)base + (uint64_t)digit_value(*p);
            mul *= (uint64_t)base;
            c++;
        }
        uint64_t carry = val;
        for (size_t i = 0; i < n; i++) {
            carry += r->digits[i] * mul;
            r->digits[i] = (uint32_t)carry;
            carry >>= 32;
        }
        if (carry)
            r->digits[n++] = (uint32_t)carry;
    }
    return gilt_int_finish(r, sign);
}

// Skip a prefix matching [base] (or choose the base from it when 0).
static const char *parse_prefix(const char *p, const char *end, int *base,
                                bool *zero_lead) {
    *zero_lead = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int b = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (b && (*base == 0 || *base == b)) {
            *base = b;
            p += 2;
            return p < end && *p == '_' ? p + 1 : p;
        }
    }
    if (*base == 0) {
        *base = 10;
        *zero_lead = p < end && p[0] == '0';
    }
    return p;
}

// Parse ASCII [s]; 1 if the text is not a valid literal (no exception),
// -1 on other errors, 0 with *out set.
static int parse_ascii(GiltThread *ts, const char *s, size_t len, int base,
                       Value *out) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    int sign = 1;
    if (p < end && (*p == '+' || *p == '-'))
        sign = *p++ == '-' ? -1 : 1;
    bool zero_lead;
    p = parse_prefix(p, end, &base, &zero_lead);
    // Scan the run of digits; as in CPython the digit limit is checked on
    // it before anything after it.
    size_t ndig = 0;
    char prev = '_';
    const char *q = p;
    for (; q < end && (*q == '_' || digit_value(*q) < base); q++) {
        if (*q == '_' && prev == '_')
            return 1;
        ndig += *q != '_';
        prev = *q;
    }
    if (prev == '_')
        return 1;
    int limit = ts->vm->int_max_str_digits;
    if ((base & (base - 1)) && limit > 0 && ndig > (size_t)limit) {
        gilt_raise(ts, GILT_EXC_VALUE_ERROR, LIMIT_MSG_TO_INT, limit, ndig);
        return -1;
    }
    if (ndig == 0 || q != end)
        return 1;
    Value r = base & (base - 1) ? parse_general(ts, p, end, ndig, base, sign)
                                : parse_pow2(ts, p, end, ndig, base, sign);
    if (!r)
        return -1;
    if (zero_lead && r != INT_VAL(0))
        return 1; // "012": leading zeros are not allowed with base 0
    *out = r;
    return 0;
}

// Non-ASCII text: Unicode spaces become ' ', decimal digits '0'..'9',
// anything else '?' (which no base accepts), as CPython does.
static char *to_ascii(GiltThread *ts, const char *s, size_t len, size_t *out) {
    char *buf = gilt_mem_realloc(ts, NULL, 0, len + 1);
    if (!buf)
        return NULL;
    size_t n = 0;
    for (size_t pos = 0; pos < len;) {
        uint32_t cp = gilt_utf8_decode(s, &pos);
        int dv;
        if (cp < 128)
            buf[n++] = (char)cp;
        else if (gilt_unicode_isspace(cp))
            buf[n++] = ' ';
        else if ((dv = gilt_unicode_decimal(cp)) >= 0)
            buf[n++] = (char)('0' + dv);
        else
            buf[n++] = '?';
    }
    *out = n;
    return buf;
}

int gilt_int_parse(GiltThread *ts, const char *s, size_t len, int base,
                   Value *out) {
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 128 || s[i] == 0) {
            if (s[i] == 0)
                return 1;
            size_t n;
            char *a = to_ascii(ts, s, len, &n);
            if (!a)
                return -1;
            int r = parse_ascii(ts, a, n, base, out);
            gilt_mem_free(ts->vm, a, n + 1);
            return r;
        }
    return parse_ascii(ts, s, len, base, out);
}

Value gilt_int_from_string(GiltThread *ts, const char *s, size_t len,
                           int base) {
    if (base != 0 && (base < 2 || base > 36))
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "int() base must be >= 2 and <= 36, or 0");
    Value r;
    int rc = gilt_int_parse(ts, s, len, base, &r);
    if (rc == 0)
        return r;
    if (rc < 0)
        return VAL_NULL;
    Value str = gilt_str_decode_utf8(ts, s, len, "surrogateescape");
    if (!str)
        return VAL_NULL;
    return gilt_int_invalid_literal(ts, str, base);
}

Value gilt_int_invalid_literal(GiltThread *ts, Value text, int base) {
    Value r = gilt_repr(ts, text);
    if (!r)
        return VAL_NULL;
    GiltStr *rs = AS_STR(r);
    if (rs->len > 200) { // CPython's %.200R
        r = gilt_str_new(ts, rs->data, gilt_str_offset(rs, 200));
        if (!r)
            return VAL_NULL;
    }
    return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                      "invalid literal for int() with base %d: %U", base,
                      AS_STR(r));
}
