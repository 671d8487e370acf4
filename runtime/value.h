/* value.h - The 64-bit tagged Value: floats, small ints and constants unboxed.
 *
 * Encoding (the "offset double" form of NaN-boxing): the top 16 bits tell
 * the kind.
 *
 *   0x0000  pointer to a GiltObject (48-bit address; 0 itself is VAL_NULL)
 *   0x0002 .. 0xFFF2  a double, stored as its IEEE bits plus 2^49
 *   0xFFFE  a constant: None, False, True, NotImplemented, Ellipsis
 *   0xFFFF  a small int, 48-bit two's complement payload
 *
 * Adding 2^49 to a double's bits moves every double (NaNs canonicalised to
 * one quiet NaN first) into 0x0002..0xFFF2, so pointers need no masking and
 * the all-zero word is VAL_NULL: zeroed memory holds no value, never a float.
 *
 * VAL_NULL is not a Python value. It means "no value": an unbound local, an
 * empty slot, and the error return of every function returning Value (the
 * exception is then set on the thread state, see exc.h).
 *
 * Invariant: an int in [GILT_SMALLINT_MIN, GILT_SMALLINT_MAX] is always a
 * small int, never a heap big int (int.c normalises), so two equal ints in
 * that range have equal bits.
 */
#ifndef GILT_VALUE_H
#define GILT_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "../vm/config.h"

typedef uint64_t Value;
typedef struct GiltObject GiltObject;

#define GILT_DOUBLE_OFFSET ((uint64_t)1 << 49)
#define GILT_TAG_CONST ((uint64_t)0xFFFE << 48)
#define GILT_TAG_INT ((uint64_t)0xFFFF << 48)
#define GILT_PAYLOAD_MASK (((uint64_t)1 << 48) - 1)

#define GILT_SMALLINT_MAX ((int64_t)(((uint64_t)1 << 47) - 1))
#define GILT_SMALLINT_MIN (-GILT_SMALLINT_MAX - 1)

#define VAL_NULL ((Value)0)
#define VAL_NONE (GILT_TAG_CONST | 1)
#define VAL_FALSE (GILT_TAG_CONST | 2)
#define VAL_TRUE (GILT_TAG_CONST | 3)
#define VAL_NOTIMPL (GILT_TAG_CONST | 4)
#define VAL_ELLIPSIS (GILT_TAG_CONST | 5)

// Kind tests.
#define IS_NULL(v) ((v) == VAL_NULL)
#define IS_OBJ(v) ((v) != 0 && ((v) >> 48) == 0)
#define IS_INT(v) (((v) >> 48) == 0xFFFF)
#define IS_CONST(v) (((v) >> 48) == 0xFFFE)
#define IS_BOOL(v) ((v) == VAL_TRUE || (v) == VAL_FALSE)
#define IS_NONE(v) ((v) == VAL_NONE)
#define IS_FLOAT(v)                                                            \
    ((uint64_t)((v)-GILT_DOUBLE_OFFSET) <                                      \
     (uint64_t)(GILT_TAG_CONST - GILT_DOUBLE_OFFSET))
// Both operands small ints, in one test (hot in the eval loop).
#define BOTH_INT(a, b) ((((a) & (b)) >> 48) == 0xFFFF)

// Conversions. AS_* assume the kind was checked.
#define AS_OBJ(v) ((GiltObject *)(uintptr_t)(v))
#define OBJ_VAL(o) ((Value)(uintptr_t)(o))
#define BOOL_VAL(b) ((b) ? VAL_TRUE : VAL_FALSE)

GILT_INLINE int64_t AS_INT(Value v) {
    return (int64_t)(v << 16) >> 16;
}

// Only for i known to lie in the small range; see gilt_int_from_i64 in int.h
// for any int64_t.
GILT_INLINE Value INT_VAL(int64_t i) {
    return GILT_TAG_INT | ((uint64_t)i & GILT_PAYLOAD_MASK);
}

GILT_INLINE bool gilt_smallint_fits(int64_t i) {
    return i >= GILT_SMALLINT_MIN && i <= GILT_SMALLINT_MAX;
}

GILT_INLINE double AS_FLOAT(Value v) {
    uint64_t bits = v - GILT_DOUBLE_OFFSET;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

GILT_INLINE Value FLOAT_VAL(double d) {
    uint64_t bits;
    if (GILT_UNLIKELY(d != d))
        bits = (uint64_t)0x7FF8000000000000;
    else
        memcpy(&bits, &d, sizeof bits);
    return bits + GILT_DOUBLE_OFFSET;
}

#endif
