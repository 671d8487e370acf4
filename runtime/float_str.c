/* float_str.c - float <-> text: the shortest round-trip repr, float(str)
 * parsing, float.hex() and float.fromhex().
 *
 * repr uses the shortest round-trip digits of float_dtoa.c and lays them
 * out as CPython does (exponent below 1e-4 and from 1e16 on).
 *
 * Parsing checks Python's syntax (underscores between digits, no hex, no
 * trailing junk) and then lets strtod do the correctly rounded work.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "../vm/gc.h"
#include "float.h"
#include "str.h"
#include "unicode.h"

// ---- repr -------------------------------------------------------------------------

int gilt_float_repr_buf(double d, char *buf) {
    if (isnan(d))
        return (int)strlen(strcpy(buf, "nan"));
    if (isinf(d))
        return (int)strlen(strcpy(buf, d > 0 ? "inf" : "-inf"));
    char *p = buf;
    if (signbit(d))
        *p++ = '-';
    d = fabs(d);
    if (d == 0.0) {
        strcpy(p, "0.0");
        return (int)(p - buf) + 3;
    }
    char digits[24];
    int decpt, n = gilt_float_shortest(d, digits, &decpt);
    if (decpt <= -4 || decpt > 16) {
        *p++ = digits[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, digits + 1, (size_t)(n - 1));
            p += n - 1;
        }
        p += sprintf(p, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    } else if (decpt <= 0) {
        *p++ = '0';
        *p++ = '.';
        for (int i = 0; i < -decpt; i++)
            *p++ = '0';
        memcpy(p, digits, (size_t)n);
        p += n;
    } else if (decpt >= n) {
        memcpy(p, digits, (size_t)n);
        p += n;
        for (int i = n; i < decpt; i++)
            *p++ = '0';
        *p++ = '.';
        *p++ = '0';
    } else {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(n - decpt));
        p += n - decpt;
    }
    *p = 0;
    return (int)(p - buf);
}

Value gilt_float_repr(GiltThread *ts, double d) {
    char buf[40];
    int n = gilt_float_repr_buf(d, buf);
    return gilt_str_new(ts, buf, (size_t)n);
}

// ---- parsing ------------------------------------------------------------------------

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

static bool match_word(const char *p, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - p) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i])
            return false;
    return true;
}

// Digits with single underscores between them, copied to *out. Returns
// the count of digits, or -1 on a misplaced underscore.
static int copy_digits(const char **pp, const char *end, char **out) {
    const char *p = *pp;
    int n = 0;
    while (p < end && (is_digit(*p) || *p == '_')) {
        if (*p == '_') {
            if (n == 0 || p + 1 >= end || !is_digit(p[1]))
                return -1;
        } else {
            *(*out)++ = *p;
            n++;
        }
        p++;
    }
    *pp = p;
    return n;
}

// Parse ASCII text as float(), using [b] (len + 1 bytes) as scratch;
// false when it is not a float literal.
static bool parse_ascii(const char *s, size_t len, char *b, double *out) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    char *q = b;
    bool ok = false;
    if (p < end && (*p == '+' || *p == '-'))
        *q++ = *p++;
    if (match_word(p, end, "inf") || match_word(p, end, "infinity") ||
        match_word(p, end, "nan")) {
        double v = (p[0] | 0x20) == 'n' ? NAN : INFINITY;
        *out = b[0] == '-' && q > b ? -v : v;
        return true;
    }
    int n1 = copy_digits(&p, end, &q), n2 = 0;
    if (n1 >= 0 && p < end && *p == '.') {
        *q++ = *p++;
        n2 = copy_digits(&p, end, &q);
    }
    if (n1 >= 0 && n2 >= 0 && n1 + n2 > 0) {
        ok = true;
        if (p < end && (*p == 'e' || *p == 'E')) {
            *q++ = *p++;
            if (p < end && (*p == '+' || *p == '-'))
                *q++ = *p++;
            ok = copy_digits(&p, end, &q) > 0;
        }
        ok = ok && p == end;
    }
    *q = 0;
    if (ok)
        *out = strtod(b, NULL);
    return ok;
}

// Non-ASCII text: Unicode spaces become ' ', decimal digits '0'..'9',
// anything else a character no literal contains.
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

// Parse ASCII [s] with a scratch buffer from the stack or the heap.
static int parse_with_scratch(GiltThread *ts, const char *s, size_t len,
                              double *out) {
    char stackbuf[256];
    char *b = len < sizeof stackbuf ? stackbuf
                                    : gilt_mem_realloc(ts, NULL, 0, len + 1);
    if (!b)
        return -1;
    bool ok = parse_ascii(s, len, b, out);
    if (b != stackbuf)
        gilt_mem_free(ts->vm, b, len + 1);
    return ok ? 0 : 1;
}

int gilt_float_parse(GiltThread *ts, const char *s, size_t len, double *out) {
    for (size_t i = 0; i < len; i++) {
        if (s[i] == 0)
            return 1;
        if ((unsigned char)s[i] >= 128) {
            size_t n;
            char *a = to_ascii(ts, s, len, &n);
            if (!a)
                return -1;
            int rc = parse_with_scratch(ts, a, n, out);
            gilt_mem_free(ts->vm, a, n + 1);
            return rc;
        }
    }
    return parse_with_scratch(ts, s, len, out);
}

Value gilt_float_from_string(GiltThread *ts, const char *s, size_t len) {
    double d;
    int rc = gilt_float_parse(ts, s, len, &d);
    if (rc == 0)
        return FLOAT_VAL(d);
    if (rc < 0)
        return VAL_NULL;
    Value str = gilt_str_decode_utf8(ts, s, len, "surrogateescape");
    if (!str)
        return VAL_NULL;
    return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                      "could not convert string to float: %R", str);
}

// ---- hex ------------------------------------------------------------------------------

Value gilt_float_hex(GiltThread *ts, double x) {
    if (isnan(x) || isinf(x))
        return gilt_float_repr(ts, x);
    if (x == 0.0)
        return gilt_str_from_cstr(ts, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    static const char hexdig[] = "0123456789abcdef";
    char s[32], *p = s;
    *p++ = hexdig[(int)m];
    m -= (int)m;
    *p++ = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        *p++ = hexdig[(int)m];
        m -= (int)m;
    }
    *p = 0;
    return gilt_str_printf(ts, "%s0x%sp%c%d", x < 0 ? "-" : "", s,
                           e < 0 ? '-' : '+', e < 0 ? -e : e);
}

static bool is_hex(char c) {
    return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

// Check the syntax of float.fromhex's argument (without sign/space).
static bool hex_syntax(const char *p, const char *end) {
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x')
        p += 2;
    int n = 0;
    while (p < end && is_hex(*p))
        p++, n++;
    if (p < end && *p == '.')
        for (p++; p < end && is_hex(*p); p++)
            n++;
    if (n == 0)
        return false;
    if (p < end && (*p | 0x20) == 'p') {
        p++;
        if (p < end && (*p == '+' || *p == '-'))
            p++;
        if (p >= end || !is_digit(*p))
            return false;
        while (p < end && is_digit(*p))
            p++;
    }
    return p == end;
}

Value gilt_float_fromhex(GiltThread *ts, const char *s, size_t len) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    bool neg = p < end && *p == '-';
    if (p < end && (*p == '+' || *p == '-'))
        p++;
    if (match_word(p, end, "inf") || match_word(p, end, "infinity"))
        return FLOAT_VAL(neg ? -INFINITY : INFINITY);
    if (match_word(p, end, "nan"))
        return FLOAT_VAL(NAN);
    if (!hex_syntax(p, end))
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "invalid hexadecimal floating-point string");
    size_t n = (size_t)(end - p);
    char *buf = gilt_mem_realloc(ts, NULL, 0, n + 3);
    if (!buf)
        return VAL_NULL;
    bool prefixed = n >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x';
    size_t at = 0;
    if (!prefixed) {
        buf[at++] = '0';
        buf[at++] = 'x';
    }
    memcpy(buf + at, p, n);
    buf[at + n] = 0;
    errno = 0;
    double d = strtod(buf, NULL);
    gilt_mem_free(ts->vm, buf, n + 3);
    if (errno == ERANGE && isinf(d))
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                          "hexadecimal value too large to represent as a float");
    return FLOAT_VAL(neg ? -d : d);
}
