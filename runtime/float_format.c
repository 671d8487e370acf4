/* float_format.c - format(float, spec): the e E f F g G n % types and the
 * empty type, following CPython's format_float_internal and
 * format_float_short. 'e', 'f' and plain 'g' come straight from the C
 * library's correctly rounded printf (whose rules match Python's); the
 * repr-based layouts (no type, '#', and no type with a precision) are
 * built from digit strings exactly as format_float_short builds them.
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "../vm/gc.h"
#include "float.h"
#include "format.h"
#include "str.h"

// format_float_short's layout of [digits] (nd of them, decimal point at
// decpt) for code 'e', 'f', 'g' or 'r' with [precision] (already
// adjusted: digits for 'e' and 'g'). Returns the length.
static int layout(char *out, const char *digits, int nd, int decpt, char code,
                  int precision, bool alt, bool add_dot_0, bool upper) {
    int vend = nd, exp = 0;
    bool use_exp = false;
    switch (code) {
    case 'e':
        use_exp = true;
        vend = precision;
        break;
    case 'f':
        vend = decpt + precision;
        break;
    case 'g':
        use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
        if (alt)
            vend = precision;
        break;
    default: // 'r': repr switches to an exponent at 1e16
        use_exp = decpt <= -4 || decpt > 16;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int vstart = decpt <= 0 ? decpt - 1 : 0;
    int min_end = !use_exp && add_dot_0 ? decpt + 1 : decpt;
    if (vend < min_end)
        vend = min_end;
    char *p = out;
    for (int i = vstart; i < decpt; i++)
        *p++ = i >= 0 && i < nd ? digits[i] : '0';
    if (decpt < vend || alt)
        *p++ = '.';
    for (int i = decpt; i < vend; i++)
        *p++ = i >= 0 && i < nd ? digits[i] : '0';
    if (use_exp)
        p += sprintf(p, "%c%+.02d", upper ? 'E' : 'e', exp);
    *p = 0;
    return (int)(p - out);
}

// |d| (finite) formatted for [code] (e E f F g G r) with [prec] into
// [buf]; -1 on MemoryError. The digits come from float_dtoa.c in Gay's
// modes: 0 for 'r', 2 (significant digits) for 'e' and 'g', 3 (digits
// after the point) for 'f'.
static int format_abs(GiltThread *ts, double d, char code, int prec,
                      bool alt, bool add_dot_0, char *buf) {
    bool upper = code == 'E' || code == 'F' || code == 'G';
    char lower = upper ? (char)(code + 32) : code;
    int mode = lower == 'r' ? 0 : lower == 'f' ? 3 : 2;
    if (lower == 'e')
        prec++;
    else if (lower == 'g' && prec == 0)
        prec = 1;
    size_t dsize = (size_t)prec + 360;
    char stack[400];
    char *digits = dsize <= sizeof stack ? stack
                                         : gilt_mem_realloc(ts, NULL, 0, dsize);
    if (!digits)
        return -1;
    int decpt, nd = gilt_float_dtoa(d, mode, prec, digits, dsize, &decpt);
    int n = layout(buf, digits, nd, decpt, lower, prec, alt, add_dot_0, upper);
    if (digits != stack)
        gilt_mem_free(ts->vm, digits, dsize);
    return n;
}

static bool all_zero_digits(const char *s) {
    for (; *s && *s != 'e' && *s != 'E'; s++)
        if (*s >= '1' && *s <= '9')
            return false;
    return true;
}

// format_float_internal; [part] formats one part of a complex, where no
// type means repr (or 'g') without the added ".0".
static Value format_impl(GiltThread *ts, double d, const GiltFormatSpec *f,
                         bool part) {
    char code = f->type;
    if (f->precision > INT_MAX)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "precision too big");
    int prec = (int)f->precision, dflt = 6;
    bool add_dot_0 = false, pct = false;
    if (code == 0) {
        add_dot_0 = !part;
        code = 'r';
        dflt = 0;
    } else if (code == 'n') {
        code = 'g';
    } else if (code == '%') {
        code = 'f';
        d *= 100;
        pct = true;
    }
    if (prec < 0)
        prec = dflt;
    else if (code == 'r')
        code = 'g';
    bool upper = code == 'E' || code == 'F' || code == 'G';
    bool neg = signbit(d) && !isnan(d);
    size_t size = (size_t)prec + (isfinite(d) ? 340 : 8);
    char stackbuf[400];
    char *buf = size <= sizeof stackbuf ? stackbuf
                                        : gilt_mem_realloc(ts, NULL, 0, size);
    if (!buf)
        return VAL_NULL;
    int n;
    if (isnan(d) || isinf(d))
        n = sprintf(buf, "%s", isnan(d) ? (upper ? "NAN" : "nan")
                                        : (upper ? "INF" : "inf"));
    else
        n = format_abs(ts, fabs(d), code, prec, f->alternate, add_dot_0, buf);
    if (n < 0) {
        if (buf != stackbuf)
            gilt_mem_free(ts->vm, buf, size);
        return VAL_NULL;
    }
    if (pct)
        buf[n++] = '%';
    if (neg && f->no_neg_zero && all_zero_digits(buf))
        neg = false;
    char head[2] = {neg ? '-' : (f->sign == '+' || f->sign == ' ') ? f->sign : 0,
                    0};
    size_t nd = 0;
    while (buf[nd] >= '0' && buf[nd] <= '9')
        nd++;
    int interval = f->type == 'n' || !f->grouping ? 0 : 3;
    Value r = gilt_format_number(ts, f, head, buf, nd, buf + nd, (size_t)n - nd,
                                 interval);
    if (buf != stackbuf)
        gilt_mem_free(ts->vm, buf, size);
    return r;
}

Value gilt_float_format_spec(GiltThread *ts, double d,
                             const GiltFormatSpec *f) {
    return format_impl(ts, d, f, false);
}

Value gilt_float_format_part(GiltThread *ts, double d,
                             const GiltFormatSpec *f) {
    return format_impl(ts, d, f, true);
}

Value gilt_float_format_typed(GiltThread *ts, double d, GiltStr *spec,
                              const char *type_name) {
    if (spec->size == 0)
        return gilt_float_repr(ts, d);
    GiltFormatSpec f;
    if (gilt_format_parse_for(ts, spec, &f, type_name) < 0)
        return VAL_NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
    case 'n': case '%':
        return gilt_float_format_spec(ts, d, &f);
    default:
        return gilt_format_unknown(ts, f.type, type_name);
    }
}

Value gilt_float_format(GiltThread *ts, double d, GiltStr *spec) {
    return gilt_float_format_typed(ts, d, spec, "float");
}
