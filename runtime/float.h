/* float.h - float: IEEE double, always unboxed (value.h). */
#ifndef GILT_FLOAT_H
#define GILT_FLOAT_H

#include "object.h"

// An instance of a float subclass (class F(float)): floats themselves are
// always unboxed Values, subclass instances are heap objects.
typedef struct GiltFloatObject {
    GiltObject obj;
    double value;
} GiltFloatObject;

// float(v) semantics for numbers: float, int, bool, __float__, __index__.
// TypeError "must be real number, not str" otherwise (the caller words
// other messages itself when it needs them).
int gilt_to_double(GiltThread *ts, Value v, double *out);
// Parse a str as float(s): whitespace, underscores, "inf", "nan",
// "infinity" in any case; ValueError "could not convert string to float:
// 'x'" on failure.
Value gilt_float_from_string(GiltThread *ts, const char *s, size_t len);

// Parse text as float(s): 0 with *out set, 1 if it is not a valid float
// literal (nothing raised), -1 on MemoryError.
int gilt_float_parse(GiltThread *ts, const char *s, size_t len, double *out);
// Correctly rounded decimal digits of d (finite, >= 0) as David Gay's
// dtoa gives them to CPython: [mode] 0 the shortest that round-trip, 2
// [ndigits] significant digits, 3 [ndigits] digits after the point.
// Trailing zeros are dropped (mode 3 may return none: then *decpt is
// -ndigits). [buf] needs ndigits + 360 bytes. Returns the digit count;
// *decpt is where the decimal point goes.
int gilt_float_dtoa(double d, int mode, int ndigits, char *buf, size_t size,
                    int *decpt);
// The shortest round-trip decimal digits of d (finite, > 0) into
// [digits] (24 bytes, NUL-terminated): returns the count; *decpt is where
// the decimal point goes (0.25 -> "25", 0; 1e20 -> "1", 21).
int gilt_float_shortest(double d, char *digits, int *decpt);
// float.hex() / float.fromhex(s).
Value gilt_float_hex(GiltThread *ts, double d);
Value gilt_float_fromhex(GiltThread *ts, const char *s, size_t len);

// repr(d): the shortest string that round-trips, as CPython prints it
// ("0.1", "1e+20", "1.5e-07", "inf", "nan", "-0.0").
Value gilt_float_repr(GiltThread *ts, double d);
// The same into [buf] (at least 32 bytes); returns the length.
int gilt_float_repr_buf(double d, char *buf);
// format(d, spec) (format.h).
Value gilt_float_format(GiltThread *ts, double d, GiltStr *spec);
// format(d, spec) for an already parsed spec (ints use it for the float
// presentation types).
struct GiltFormatSpec;
Value gilt_float_format_spec(GiltThread *ts, double d,
                             const struct GiltFormatSpec *spec);
// format(d, spec) naming [type_name] in errors (float subclasses), and
// one part of a complex's format (no type: repr without ".0").
Value gilt_float_format_typed(GiltThread *ts, double d, GiltStr *spec,
                              const char *type_name);
Value gilt_float_format_part(GiltThread *ts, double d,
                             const struct GiltFormatSpec *spec);
// CPython's float hash (equal to the int hash for integral values).
int64_t gilt_float_hash(double d);

// Arithmetic with Python semantics: [b] an int or float; VAL_NOTIMPL
// otherwise. ZeroDivisionError "float division by zero", "float modulo",
// "float floor division by zero"; pow errors as CPython.
Value gilt_float_binop(GiltThread *ts, Value a, Value b, int op);
// divmod(a, b) for int/float operands: a tuple, VAL_NOTIMPL or VAL_NULL.
Value gilt_float_divmod(GiltThread *ts, Value a, Value b);
// Python's float floor division and modulo (sign follows the divisor).
double gilt_float_floordiv(double a, double b);
double gilt_float_mod(double a, double b);
// A complex number (complex.c); the compiler makes 3j with it.
Value gilt_complex_new(GiltThread *ts, double real, double imag);
// a ** b with Python's rules: a complex result for a negative base and a
// fractional exponent, ZeroDivisionError "0.0 cannot be raised to a
// negative power", OverflowError (34, 'Numerical result out of range').
Value gilt_float_pow(GiltThread *ts, double a, double b);
// round(d, ndigits) correctly rounded as CPython does.
Value gilt_float_round(GiltThread *ts, double d, Value ndigits);

int gilt_float_init_types(GiltThread *ts);

#endif
