/* int_format.c - format(int, spec): the integer presentation types
 * (d n b o x X c, none) and the float types applied to ints, as CPython's
 * format_long_internal lays them out.
 */
#include <ctype.h>

#include "bigint.h"
#include "float.h"
#include "format.h"
#include "str.h"

static Value value_error(GiltThread *ts, const char *msg) {
    return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "%s", msg);
}

static Value format_char(GiltThread *ts, Value v, const GiltFormatSpec *f) {
    if (f->sign)
        return value_error(ts, "Sign not allowed with integer format "
                               "specifier 'c'");
    if (f->alternate)
        return value_error(ts, "Alternate form (#) not allowed with integer "
                               "format specifier 'c'");
    int64_t cp;
    if (gilt_int_to_i64(ts, v, &cp) < 0)
        return VAL_NULL;
    if (cp < 0 || cp > 0x10FFFF)
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                          "%%c arg not in range(0x110000)");
    char buf[4];
    size_t n = (size_t)gilt_utf8_encode((uint32_t)cp, buf);
    return gilt_format_number(ts, f, "", "", 0, buf, n, 0);
}

static Value format_long(GiltThread *ts, Value v, const GiltFormatSpec *f) {
    if (f->precision >= 0)
        return value_error(ts, "Precision not allowed in integer format "
                               "specifier");
    if (f->no_neg_zero)
        return value_error(ts, "Negative zero coercion (z) not allowed in "
                               "integer format specifier");
    if (f->type == 'c')
        return format_char(ts, v, f);
    int base = f->type == 'b' ? 2 : f->type == 'o' ? 8
               : f->type == 'x' || f->type == 'X' ? 16 : 10;
    char head[4];
    size_t nh = 0;
    int sign = gilt_int_sign(v);
    if (sign < 0)
        head[nh++] = '-';
    else if (f->sign == '+' || f->sign == ' ')
        head[nh++] = f->sign;
    if (f->alternate && base != 10) {
        head[nh++] = '0';
        head[nh++] = f->type;
    }
    head[nh] = 0;
    size_t nd;
    char *digits = gilt_int_digits(ts, v, base, &nd);
    if (!digits)
        return VAL_NULL;
    if (f->type == 'X')
        for (size_t i = 0; i < nd; i++)
            digits[i] = (char)toupper((unsigned char)digits[i]);
    int interval = f->type == 'n' || !f->grouping ? 0 : base == 10 ? 3 : 4;
    Value r = gilt_format_number(ts, f, head, digits, nd, "", 0, interval);
    gilt_mem_free(ts->vm, digits, nd + 1);
    return r;
}

Value gilt_int_format(GiltThread *ts, Value v, GiltStr *spec) {
    if (spec->size == 0)
        return gilt_str(ts, v);
    GiltFormatSpec f;
    const char *tname = gilt_type_name(ts, v);
    if (gilt_format_parse_for(ts, spec, &f, tname) < 0)
        return VAL_NULL;
    double d;
    switch (f.type) {
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X':
    case 'c':
        return format_long(ts, v, &f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        if (gilt_int_to_double(ts, v, &d) < 0)
            return VAL_NULL;
        return gilt_float_format_spec(ts, d, &f);
    default:
        return gilt_format_unknown(ts, f.type, tname);
    }
}
