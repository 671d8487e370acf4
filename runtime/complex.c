/* complex.c - complex: a pair of doubles, with CPython's arithmetic
 * (Smith's division, its pow algorithms and error rules), repr, hash,
 * complex(x, y) and complex("1+2j"), and format().
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <strings.h>

#include "../vm/gc.h"
#include "float.h"
#include "format.h"
#include "int.h"
#include "numbers.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

typedef struct {
    double r, i;
} C;

Value gilt_complex_new(GiltThread *ts, double real, double imag) {
    GiltComplex *c = gilt_gc_alloc(ts, GILT_TYPE(ts, COMPLEX), sizeof *c);
    if (!c)
        return VAL_NULL;
    c->real = real;
    c->imag = imag;
    return OBJ_VAL(c);
}

bool gilt_is_complex(GiltThread *ts, Value v) {
    return IS_OBJ(v) && gilt_is_subtype(AS_OBJ(v)->type, GILT_TYPE(ts, COMPLEX));
}

static Value make(GiltThread *ts, C c) {
    return gilt_complex_new(ts, c.r, c.i);
}

// The complex value of an int, float or complex operand: 1, 0 for other
// types (nothing raised), -1 on error.
static int operand(GiltThread *ts, Value v, C *out) {
    if (gilt_is_complex(ts, v)) {
        *out = (C){AS_COMPLEX(v)->real, AS_COMPLEX(v)->imag};
        return 1;
    }
    if (!IS_FLOAT(v) && !gilt_is_int(ts, v) &&
        !GILT_IS_SUB(ts, v, GILT_TF_FLOAT_SUB))
        return 0;
    out->i = 0.0;
    return gilt_to_double(ts, v, &out->r) < 0 ? -1 : 1;
}

// ---- arithmetic (CPython's _Py_c_* functions) ---------------------------------

static C c_prod(C a, C b) {
    return (C){a.r * b.r - a.i * b.i, a.r * b.i + a.i * b.r};
}

static C c_quot(C a, C b) {
    double abr = fabs(b.r), abi = fabs(b.i);
    if (abr >= abi) {
        if (abr == 0.0) {
            errno = EDOM;
            return (C){0.0, 0.0};
        }
        double ratio = b.i / b.r, denom = b.r + b.i * ratio;
        return (C){(a.r + a.i * ratio) / denom, (a.i - a.r * ratio) / denom};
    }
    if (abi >= abr) {
        double ratio = b.r / b.i, denom = b.r * ratio + b.i;
        return (C){(a.r * ratio + a.i) / denom, (a.i * ratio - a.r) / denom};
    }
    return (C){NAN, NAN};
}

static C c_pow(C a, C b) {
    if (b.r == 0.0 && b.i == 0.0)
        return (C){1.0, 0.0};
    if (a.r == 0.0 && a.i == 0.0) {
        if (b.i != 0.0 || b.r < 0.0)
            errno = EDOM;
        return (C){0.0, 0.0};
    }
    double vabs = hypot(a.r, a.i), len = pow(vabs, b.r);
    double at = atan2(a.i, a.r), phase = at * b.r;
    if (b.i != 0.0) {
        len /= exp(at * b.i);
        phase += b.i * log(vabs);
    }
    return (C){len * cos(phase), len * sin(phase)};
}

static C c_powu(C x, long n) {
    C r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

static Value pow_values(GiltThread *ts, C a, C b) {
    errno = 0;
    C p;
    if (b.i == 0.0 && b.r == floor(b.r) && fabs(b.r) <= 100.0)
        p = b.r > 0 ? c_powu(a, (long)b.r)
                    : c_quot((C){1.0, 0.0}, c_powu(a, (long)-b.r));
    else
        p = c_pow(a, b);
    if (isinf(p.r) || isinf(p.i)) {
        if (errno == 0)
            errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM)
        return gilt_raise(ts, GILT_EXC_ZERO_DIVISION_ERROR,
                          "0.0 to a negative or complex power");
    if (errno == ERANGE)
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR, "complex exponentiation");
    return make(ts, p);
}

Value gilt_complex_pow(GiltThread *ts, double ar, double ai, double br,
                       double bi) {
    return pow_values(ts, (C){ar, ai}, (C){br, bi});
}

static Value binop(GiltThread *ts, Value x, Value y, int op) {
    C a, b;
    int k = operand(ts, x, &a);
    if (k > 0)
        k = operand(ts, y, &b);
    if (k <= 0)
        return k < 0 ? VAL_NULL : VAL_NOTIMPL;
    switch (op) {
    case GILT_OP_ADD:
        return make(ts, (C){a.r + b.r, a.i + b.i});
    case GILT_OP_SUB:
        return make(ts, (C){a.r - b.r, a.i - b.i});
    case GILT_OP_MUL:
        return make(ts, c_prod(a, b));
    case GILT_OP_TRUEDIV:
        errno = 0;
        a = c_quot(a, b);
        if (errno == EDOM)
            return gilt_raise(ts, GILT_EXC_ZERO_DIVISION_ERROR,
                              "complex division by zero");
        return make(ts, a);
    default:
        return pow_values(ts, a, b);
    }
}

#define BINOP(fname, op)                                                        \
    static Value fname(ARGS) {                                                  \
        return binop(ts, args[0], args[1], op);                                 \
    }                                                                           \
    static Value fname##_r(ARGS) {                                              \
        return binop(ts, args[1], args[0], op);                                 \
    }
BINOP(complex_add, GILT_OP_ADD)
BINOP(complex_sub, GILT_OP_SUB)
BINOP(complex_mul, GILT_OP_MUL)
BINOP(complex_truediv, GILT_OP_TRUEDIV)
#undef BINOP

static Value pow_m(GiltThread *ts, Value a, Value b, Value *args, int nargs) {
    if (nargs > 2 && args[2] != VAL_NONE)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "complex modulo");
    return binop(ts, a, b, GILT_OP_POW);
}

static Value complex_pow(ARGS) {
    return pow_m(ts, args[0], args[1], args, nargs);
}

static Value complex_pow_r(ARGS) {
    return pow_m(ts, args[1], args[0], args, nargs);
}

static C self_of(Value v) {
    return (C){AS_COMPLEX(v)->real, AS_COMPLEX(v)->imag};
}

#define SELF self_of(args[0])

static Value complex_neg(ARGS) {
    return make(ts, (C){-SELF.r, -SELF.i});
}

static Value complex_pos(ARGS) {
    return make(ts, SELF);
}

static Value complex_conjugate(ARGS) {
    return make(ts, (C){SELF.r, -SELF.i});
}

static Value complex_abs(ARGS) {
    C c = SELF;
    if (isinf(c.r) || isinf(c.i))
        return FLOAT_VAL(INFINITY);
    if (isnan(c.r) || isnan(c.i))
        return FLOAT_VAL(NAN);
    double r = hypot(c.r, c.i);
    if (isinf(r))
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR, "absolute value too large");
    return FLOAT_VAL(r);
}

static Value complex_bool(ARGS) {
    return BOOL_VAL(SELF.r != 0.0 || SELF.i != 0.0);
}

static Value complex_eq_impl(GiltThread *ts, Value *args, bool eq) {
    C a = SELF, b;
    Value o = args[1];
    if (gilt_is_int(ts, o) && a.i == 0.0) {
        int c = gilt_int_compare_double(gilt_int_value(ts, o), a.r);
        return BOOL_VAL((c == 0) == eq);
    }
    int k = operand(ts, o, &b);
    if (k <= 0)
        return k < 0 ? VAL_NULL : VAL_NOTIMPL;
    return BOOL_VAL((a.r == b.r && a.i == b.i) == eq);
}

static Value complex_eq(ARGS) {
    return complex_eq_impl(ts, args, true);
}

static Value complex_ne(ARGS) {
    return complex_eq_impl(ts, args, false);
}

static Value complex_notimpl(ARGS) {
    return VAL_NOTIMPL;
}

static Value complex_hash(ARGS) {
    uint64_t hr = (uint64_t)gilt_float_hash(SELF.r);
    uint64_t hi = (uint64_t)gilt_float_hash(SELF.i);
    uint64_t h = hr + 1000003u * hi;
    return gilt_int_from_i64(ts, h == (uint64_t)-1 ? -2 : (int64_t)h);
}

static Value complex_getnewargs(ARGS) {
    return gilt_tuple_pack(ts, 2, FLOAT_VAL(SELF.r), FLOAT_VAL(SELF.i));
}

static Value complex_complex(ARGS) {
    if (AS_OBJ(args[0])->type == GILT_TYPE(ts, COMPLEX))
        return args[0];
    return make(ts, SELF);
}

static Value get_real(GiltThread *ts, Value self) {
    return FLOAT_VAL(AS_COMPLEX(self)->real);
}

static Value get_imag(GiltThread *ts, Value self) {
    return FLOAT_VAL(AS_COMPLEX(self)->imag);
}

// ---- repr and format ---------------------------------------------------------------

// repr of a double without the ".0" float's repr adds ("1", "2.5", "inf").
static int repr_part(double d, char *buf, bool sign) {
    char *p = buf;
    if (sign && !signbit(d))
        *p++ = '+';
    int n = gilt_float_repr_buf(d, p);
    if (n >= 2 && p[n - 2] == '.' && p[n - 1] == '0')
        n -= 2;
    p[n] = 0;
    return (int)(p - buf) + n;
}

Value gilt_complex_repr(GiltThread *ts, double re, double im) {
    char a[40], b[40];
    if (re == 0.0 && !signbit(re)) {
        repr_part(im, b, false);
        return gilt_str_printf(ts, "%sj", b);
    }
    repr_part(re, a, false);
    repr_part(im, b, true);
    return gilt_str_printf(ts, "(%s%sj)", a, b);
}

static Value complex_repr(ARGS) {
    return gilt_complex_repr(ts, SELF.r, SELF.i);
}

static Value complex_format(ARGS) {
    if (!GILT_IS_SUB(ts, args[1], GILT_TF_STR_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "__format__() argument must be str, not %T", args[1]);
    if (AS_STR(args[1])->size == 0)
        return gilt_str(ts, args[0]);
    GiltFormatSpec f;
    const char *tname = gilt_type_name(ts, args[0]);
    if (gilt_format_parse_for(ts, AS_STR(args[1]), &f, tname) < 0)
        return VAL_NULL;
    if (f.type && !strchr("eEfFgGn", f.type))
        return gilt_format_unknown(ts, f.type, tname);
    if (f.fill == '0')
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "Zero padding is not allowed in complex format "
                          "specifier");
    if (f.align == '=')
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "'=' alignment flag is not allowed in complex format "
                          "specifier");
    C c = SELF;
    bool skip_re = f.type == 0 && c.r == 0.0 && !signbit(c.r);
    bool parens = f.type == 0 && !skip_re;
    GiltFormatSpec part = f;
    part.width = -1;
    Value re = skip_re ? VAL_NULL : gilt_float_format_part(ts, c.r, &part);
    if (!skip_re)
        part.sign = '+';
    Value im = gilt_float_format_part(ts, c.i, &part);
    if ((!skip_re && !re) || !im)
        return VAL_NULL;
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    if (parens)
        gilt_strbuf_append_char(ts, &b, '(');
    if (!skip_re)
        gilt_strbuf_append_str(ts, &b, AS_STR(re));
    gilt_strbuf_append_str(ts, &b, AS_STR(im));
    gilt_strbuf_append_cstr(ts, &b, parens ? "j)" : "j");
    Value body = gilt_strbuf_finish(ts, &b);
    if (!body)
        return VAL_NULL;
    return gilt_format_pad(ts, &f, AS_STR(body)->data, AS_STR(body)->size, 0,
                           '>');
}

// ---- complex(x, y) ------------------------------------------------------------------

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// The end of the longest float literal at p (p itself when none).
static const char *scan_float(const char *p, const char *end) {
    const char *s = p;
    if (s < end && (*s == '+' || *s == '-'))
        s++;
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (int w = 0; w < 3; w++) {
        size_t n = strlen(words[w]);
        if ((size_t)(end - s) >= n && strncasecmp(s, words[w], n) == 0)
            return s + n;
    }
    int nd = 0;
    while (s < end && (isdigit((unsigned char)*s) || *s == '_'))
        s++, nd++;
    if (s < end && *s == '.')
        for (s++; s < end && (isdigit((unsigned char)*s) || *s == '_'); s++)
            nd++;
    if (!nd)
        return p;
    if (s < end && (*s | 0x20) == 'e') {
        const char *e = s + 1;
        if (e < end && (*e == '+' || *e == '-'))
            e++;
        if (e < end && isdigit((unsigned char)*e)) {
            while (e < end && (isdigit((unsigned char)*e) || *e == '_'))
                e++;
            s = e;
        }
    }
    return s;
}

// A float literal [p, q) to a double; false if malformed (underscores).
static bool piece(GiltThread *ts, const char *p, const char *q, double *out) {
    return gilt_float_parse(ts, p, (size_t)(q - p), out) == 0;
}

static bool parse_complex(GiltThread *ts, const char *s, size_t len, C *out) {
    const char *p = s, *end = s + len, *q;
    while (p < end && is_space(*p))
        p++;
    bool bracket = p < end && *p == '(';
    if (bracket)
        for (p++; p < end && is_space(*p); p++)
            ;
    double x = 0.0, y = 0.0, z;
    if ((q = scan_float(p, end)) != p) {
        if (!piece(ts, p, q, &z))
            return false;
        p = q;
        if (p < end && (*p == '+' || *p == '-')) {
            x = z;
            if ((q = scan_float(p, end)) != p) {
                if (!piece(ts, p, q, &y))
                    return false;
                p = q;
            } else {
                y = *p++ == '+' ? 1.0 : -1.0;
            }
            if (p >= end || (*p | 0x20) != 'j')
                return false;
            p++;
        } else if (p < end && (*p | 0x20) == 'j') {
            p++;
            y = z;
        } else {
            x = z;
        }
    } else {
        y = 1.0;
        if (p < end && (*p == '+' || *p == '-'))
            y = *p++ == '+' ? 1.0 : -1.0;
        if (p >= end || (*p | 0x20) != 'j')
            return false;
        p++;
    }
    while (p < end && is_space(*p))
        p++;
    if (bracket) {
        if (p >= end || *p != ')')
            return false;
        for (p++; p < end && is_space(*p); p++)
            ;
    }
    *out = (C){x, y};
    return p == end;
}

// A number argument of complex(): __complex__ (*is_complex set), then
// float conversion.
static int number_arg(GiltThread *ts, Value v, C *out, bool first,
                      bool *is_complex) {
    bool found;
    Value r = gilt_call_dunder(ts, v, GILT_NAME(ts, complex_dunder), NULL, 0,
                               &found);
    *is_complex = true;
    if (found) {
        if (!r)
            return -1;
        if (!gilt_is_complex(ts, r)) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "__complex__ returned non-complex (type %T)", r);
            return -1;
        }
        *out = self_of(r);
        return 0;
    }
    *is_complex = false;
    GiltType *t = gilt_typeof(ts, v);
    if (!IS_FLOAT(v) && !gilt_is_int(ts, v) &&
        !gilt_type_lookup(ts, t, GILT_NAME(ts, __float__)) &&
        !gilt_type_lookup(ts, t, GILT_NAME(ts, __index__))) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   first ? "complex() first argument must be a string or a "
                           "number, not '%T'"
                         : "complex() second argument must be a number, not '%T'",
                   v);
        return -1;
    }
    out->i = 0.0;
    return gilt_to_double(ts, v, &out->r);
}

// complex(r, i) = r + i*1j, either part possibly complex itself, summed
// term by term as CPython does (so signed zeros survive).
static int from_numbers(GiltThread *ts, Value r, Value i, C *out) {
    C cr = {0.0, 0.0}, ci = {0.0, 0.0};
    bool r_cx = false, i_cx = false;
    if (r && number_arg(ts, r, &cr, true, &r_cx) < 0)
        return -1;
    if (i && number_arg(ts, i, &ci, false, &i_cx) < 0)
        return -1;
    if (!i)
        ci.r = cr.i;
    if (i_cx)
        cr.r -= ci.i;
    if (r_cx && i)
        ci.r += cr.i;
    *out = (C){cr.r, ci.r};
    return 0;
}

static int from_args(GiltThread *ts, Value r, Value i, C *out) {
    if (r && GILT_IS_SUB(ts, r, GILT_TF_STR_SUB)) {
        if (i) {
            gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                       "complex() can't take second arg if first is a string");
            return -1;
        }
        if (parse_complex(ts, AS_STR(r)->data, AS_STR(r)->size, out))
            return 0;
        if (!ts->exc)
            gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                       "complex() arg is a malformed string");
        return -1;
    }
    if (i && GILT_IS_SUB(ts, i, GILT_TF_STR_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "complex() second arg can't be a string");
        return -1;
    }
    return from_numbers(ts, r, i, out);
}

static Value complex_new(ARGS) {
    static const char *const names[] = {"real", "imag", NULL};
    Value a[2];
    if (args[0] != OBJ_VAL(GILT_TYPE(ts, COMPLEX)) &&
        gilt_number_check_new(ts, args[0], GILT_TYPE(ts, COMPLEX)) < 0)
        return VAL_NULL;
    if (gilt_parse_args(ts, "complex", args + 1, nargs - 1, kw, names, 0, a) < 0)
        return VAL_NULL;
    GiltType *cls = AS_TYPE(args[0]);
    if (a[0] && !a[1] && cls == GILT_TYPE(ts, COMPLEX) &&
        GILT_IS(ts, a[0], COMPLEX))
        return a[0];
    C c;
    if (from_args(ts, a[0], a[1], &c) < 0)
        return VAL_NULL;
    GiltComplex *o = gilt_alloc_instance(ts, cls, sizeof(GiltComplex));
    if (!o)
        return VAL_NULL;
    o->real = c.r;
    o->imag = c.i;
    return OBJ_VAL(o);
}

static const GiltMethodDef complex_methods[] = {
    {"__new__", complex_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__repr__", complex_repr, 0, 0, 0},
    {"__hash__", complex_hash, 0, 0, 0},
    {"__format__", complex_format, 1, 1, 0},
    {"__bool__", complex_bool, 0, 0, 0},
    {"__complex__", complex_complex, 0, 0, 0},
    {"__getnewargs__", complex_getnewargs, 0, 0, 0},
    {"__eq__", complex_eq, 1, 1, 0},
    {"__ne__", complex_ne, 1, 1, 0},
    {"__lt__", complex_notimpl, 1, 1, 0},
    {"__le__", complex_notimpl, 1, 1, 0},
    {"__gt__", complex_notimpl, 1, 1, 0},
    {"__ge__", complex_notimpl, 1, 1, 0},
    {"__add__", complex_add, 1, 1, 0},
    {"__radd__", complex_add_r, 1, 1, 0},
    {"__sub__", complex_sub, 1, 1, 0},
    {"__rsub__", complex_sub_r, 1, 1, 0},
    {"__mul__", complex_mul, 1, 1, 0},
    {"__rmul__", complex_mul_r, 1, 1, 0},
    {"__truediv__", complex_truediv, 1, 1, 0},
    {"__rtruediv__", complex_truediv_r, 1, 1, 0},
    {"__pow__", complex_pow, 1, 2, 0},
    {"__rpow__", complex_pow_r, 1, 2, 0},
    {"__neg__", complex_neg, 0, 0, 0},
    {"__pos__", complex_pos, 0, 0, 0},
    {"__abs__", complex_abs, 0, 0, 0},
    {"conjugate", complex_conjugate, 0, 0, 0},
    {NULL}};

static const GiltGetSetDef complex_getsets[] = {
    {"real", get_real, NULL}, {"imag", get_imag, NULL}, {NULL}};

int gilt_complex_init_types(GiltThread *ts) {
    static const GiltTypeSpec spec = {
        .name = "complex",
        .doc = "Create a complex number from a real part and an optional "
               "imaginary part.",
        .basicsize = sizeof(GiltComplex),
        .flags = GILT_TF_BASETYPE,
        .methods = complex_methods,
        .getsets = complex_getsets,
    };
    return gilt_type_from_spec(ts, &spec, GILT_T_COMPLEX) ? 0 : -1;
}
