/* bigint.h - Internals shared by the int files (int.c, int_arith.c,
 * int_div.c, int_str.c, int_type.c, int_format.c) and the math module:
 * magnitude arithmetic on arrays of 32-bit digits and views of int values.
 *
 * A magnitude is a little-endian array of uint32_t digits. Functions on
 * magnitudes take (pointer, count) pairs; counts never include leading
 * zero digits unless stated. Value-level helpers return normalised ints:
 * small whenever the value fits the 48-bit range (value.h).
 */
#ifndef GILT_BIGINT_H
#define GILT_BIGINT_H

#include "../vm/gc.h"
#include "int.h"

#define GILT_INT_HEADER offsetof(GiltBigInt, digits)

// Read-only sign and magnitude of any int-like value (small int, bool,
// GiltBigInt of int or a subclass). [d] may point into [buf], so a view
// must not be copied after gilt_int_view fills it.
typedef struct GiltIntView {
    const uint32_t *d;
    size_t n;  // digit count, no leading zeros (0 for zero)
    int sign;  // -1, 0, 1
    uint32_t buf[2];
} GiltIntView;

void gilt_int_view(Value v, GiltIntView *w);

// Is v int-like (small int, bool, or an int/int-subclass object)?
GILT_INLINE bool gilt_int_like(GiltThread *ts, Value v) {
    return IS_INT(v) || IS_BOOL(v) || GILT_IS_SUB(ts, v, GILT_TF_INT_SUB);
}

// A new exact int object with room for [n] digits, zeroed, size n.
GiltBigInt *gilt_int_alloc(GiltThread *ts, size_t n);
// Finish a result built in [b]: strip leading zero digits, apply [sign],
// return a small int when it fits (b is then garbage).
Value gilt_int_finish(GiltBigInt *b, int sign);
// An int from a magnitude and a sign (copies the digits).
Value gilt_int_from_mag(GiltThread *ts, const uint32_t *d, size_t n,
                        int sign);
// v = m * 2^e with 0.5 <= |m| < 1, m correctly rounded to 53 bits, for
// ints of any size (m = 0, e = 0 for zero).
double gilt_int_frexp(Value v, int64_t *e);
// The number of bits of a magnitude.
uint64_t gilt_int_mag_bits(const uint32_t *d, size_t n);

// Magnitude arithmetic (int_arith.c / int_div.c). Output arrays may not
// overlap inputs unless stated.
int gilt_int_mag_cmp(const uint32_t *a, size_t na, const uint32_t *b,
                     size_t nb);
// out[max(na,nb)+1] = a + b; returns the digit count written.
size_t gilt_int_mag_add(uint32_t *out, const uint32_t *a, size_t na,
                        const uint32_t *b, size_t nb);
// out[na] = a - b for a >= b (out may equal a); returns na.
size_t gilt_int_mag_sub(uint32_t *out, const uint32_t *a, size_t na,
                        const uint32_t *b, size_t nb);
// out[na+nb] = a * b (out zeroed by the caller). -1 on MemoryError.
int gilt_int_mag_mul(GiltThread *ts, uint32_t *out, const uint32_t *a,
                     size_t na, const uint32_t *b, size_t nb);
// q[n] = a / d (q may equal a); returns the remainder.
uint32_t gilt_int_mag_divrem1(uint32_t *q, const uint32_t *a, size_t n,
                              uint32_t d);
// q[na-nb+1] = a / b, r[nb] = a % b for na >= nb >= 2 (q or r may be
// NULL). -1 on MemoryError.
int gilt_int_mag_divrem(GiltThread *ts, uint32_t *q, uint32_t *r,
                        const uint32_t *a, size_t na, const uint32_t *b,
                        size_t nb);

// Value-level operations on int-like values (no NotImplemented: the
// caller checked the kinds).
Value gilt_int_add(GiltThread *ts, Value a, Value b);
Value gilt_int_sub(GiltThread *ts, Value a, Value b);
Value gilt_int_mul(GiltThread *ts, Value a, Value b);
// Floor division and modulo as Python defines them; [q] or [r] may be
// NULL. ZeroDivisionError "integer division or modulo by zero" /
// "integer modulo by zero" per [op] (GILT_OP_FLOORDIV or GILT_OP_MOD).
int gilt_int_divmod(GiltThread *ts, Value a, Value b, Value *q, Value *r,
                    int op);
Value gilt_int_truediv(GiltThread *ts, Value a, Value b);
Value gilt_int_pow(GiltThread *ts, Value a, Value b);
Value gilt_int_lshift(GiltThread *ts, Value a, Value b);
Value gilt_int_rshift(GiltThread *ts, Value a, Value b);
Value gilt_int_bitop(GiltThread *ts, Value a, Value b, int op);
// a << n / a >> n for a C shift count n >= 0.
Value gilt_int_shift_n(GiltThread *ts, Value a, uint64_t n, bool left);
// Greatest common divisor of two ints (non-negative result).
Value gilt_int_gcd(GiltThread *ts, Value a, Value b);
// isqrt(n) for n >= 0.
Value gilt_int_isqrt(GiltThread *ts, Value n);

// The int->str digit limit (sys.set_int_max_str_digits).
#define GILT_INT_MAX_STR_DIGITS 4300
#define GILT_INT_MAX_STR_DIGITS_THRESHOLD 640

// The digits of abs(v) in base 2, 8, 10 or 16 (lowercase) into a fresh
// buffer, for format(): *len set, no sign, no NUL. NULL on error (the
// digit limit applies to base 10). Free with gilt_mem_free.
char *gilt_int_digits(GiltThread *ts, Value v, int base, size_t *len);

// Parse text as int(s, base) (base 0 or 2..36, checked by the caller):
// 0 with *out set, 1 when it is not a valid literal (nothing raised), -1
// on other errors (digit limit, MemoryError).
int gilt_int_parse(GiltThread *ts, const char *s, size_t len, int base,
                   Value *out);
// Raise ValueError "invalid literal for int() with base 10: 'x'" for
// [text] (a str or bytes, shown by its repr cut to 200 characters).
Value gilt_int_invalid_literal(GiltThread *ts, Value text, int base);

// int's methods defined in int_new.c: __new__, to_bytes, from_bytes.
Value gilt_int_new_m(GiltThread *ts, Value *args, int nargs, GiltTuple *kw);
Value gilt_int_to_bytes_m(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw);
Value gilt_int_from_bytes_m(GiltThread *ts, Value *args, int nargs,
                            GiltTuple *kw);

#endif
