/* int.h - int: arbitrary precision, small values unboxed.
 *
 * Ints in the 48-bit small range are tagged Values (value.h). Larger ones
 * are GiltBigInt heap objects in sign-magnitude form with 32-bit digits,
 * least significant first. Every operation returns a small int when the
 * result fits, so each int has exactly one representation.
 *
 * bool is a subclass of int: True and False are accepted wherever an int
 * is and behave as 1 and 0 in arithmetic.
 */
#ifndef GILT_INT_H
#define GILT_INT_H

#include "object.h"

typedef struct GiltBigInt {
    GiltObject obj;
    int64_t size; // number of digits; negative for negative numbers
    uint32_t digits[];
} GiltBigInt;

#define AS_BIGINT(v) ((GiltBigInt *)AS_OBJ(v))

// Any int64 / uint64 as an int value (small or big). VAL_NULL on MemoryError.
Value gilt_int_from_i64(GiltThread *ts, int64_t i);
Value gilt_int_from_u64(GiltThread *ts, uint64_t u);
// int(d) for a finite double (truncates); OverflowError for inf,
// ValueError for nan, with CPython's messages.
Value gilt_int_from_double(GiltThread *ts, double d);
// Parse [s] ([len] bytes) as int(s, base): base 0 or 2..36, sign,
// whitespace, underscores and 0x/0o/0b prefixes as Python allows. On
// failure raises ValueError "invalid literal for int() with base 10: 'x'".
Value gilt_int_from_string(GiltThread *ts, const char *s, size_t len,
                           int base);

// int(x) for one argument (PyNumber_Long): ints, bools, floats, __int__,
// __index__, __trunc__, str/bytes in base 10; CPython's TypeErrors.
Value gilt_int_from_object(GiltThread *ts, Value x);

// Whether v is an int (small, big, bool, or an int subclass instance).
bool gilt_is_int(GiltThread *ts, Value v);
// Is v a heap big int (exact representation test, not a type test)?
bool gilt_int_is_big(GiltThread *ts, Value v);
// The int value of an int-subclass instance, bool, small or big int.
Value gilt_int_value(GiltThread *ts, Value v);

// To C. OverflowError "Python int too large to convert to C long".
int gilt_int_to_i64(GiltThread *ts, Value v, int64_t *out);
// OverflowError "int too large to convert to float".
int gilt_int_to_double(GiltThread *ts, Value v, double *out);
int gilt_int_sign(Value v); // -1, 0, 1 (v an int value, not a subclass)

// Arithmetic on int values (bools accepted). Returns VAL_NOTIMPL when
// [b] (or [a]) is not an int. [op] is a GiltBinaryOp (no in-place bit).
// TRUEDIV returns a correctly rounded float; POW with a negative
// exponent returns a float; division by zero raises ZeroDivisionError
// with CPython's messages.
Value gilt_int_binop(GiltThread *ts, Value a, Value b, int op);
// pow(a, b, m).
Value gilt_int_powmod(GiltThread *ts, Value a, Value b, Value m);
Value gilt_int_neg(GiltThread *ts, Value a);
Value gilt_int_invert(GiltThread *ts, Value a);
Value gilt_int_abs(GiltThread *ts, Value a);
// -1, 0, 1 for int values a, b.
int gilt_int_compare(Value a, Value b);
// a (an int value) compared with a double, exactly: -1, 0, 1; 2 if d is nan.
int gilt_int_compare_double(Value a, double d);
// CPython's hash: the value modulo 2^61 - 1, sign kept, -1 -> -2.
int64_t gilt_int_hash(Value v);
// Number of bits in abs(v) (int.bit_length()).
uint64_t gilt_int_bit_length(Value v);

// Text: base 10 (repr/str) and bases 2, 8, 16 with or without the
// 0b/0o/0x prefix, as bin()/oct()/hex() and format() need.
Value gilt_int_to_str(GiltThread *ts, Value v);
Value gilt_int_to_base(GiltThread *ts, Value v, int base, bool prefix);
// format(v, spec) for an int value (the format mini-language, format.h).
Value gilt_int_format(GiltThread *ts, Value v, GiltStr *spec);

int gilt_int_init_types(GiltThread *ts);

#endif
