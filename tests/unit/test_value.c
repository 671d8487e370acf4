/* test_value.c - The tagged Value encoding (runtime/value.h). */
#include <criterion/criterion.h>
#include <math.h>

#include "../../runtime/value.h"

Test(value, small_ints_round_trip) {
    int64_t samples[] = {0, 1, -1, 42, -42, GILT_SMALLINT_MAX, GILT_SMALLINT_MIN,
                         1LL << 40, -(1LL << 40)};
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        Value v = INT_VAL(samples[i]);
        cr_assert(IS_INT(v));
        cr_assert(!IS_FLOAT(v) && !IS_OBJ(v) && !IS_CONST(v));
        cr_assert_eq(AS_INT(v), samples[i]);
    }
}

Test(value, smallint_range_is_48_bits) {
    cr_assert(gilt_smallint_fits(GILT_SMALLINT_MAX));
    cr_assert(!gilt_smallint_fits(GILT_SMALLINT_MAX + 1));
    cr_assert(gilt_smallint_fits(GILT_SMALLINT_MIN));
    cr_assert(!gilt_smallint_fits(GILT_SMALLINT_MIN - 1));
}

Test(value, floats_round_trip) {
    double samples[] = {0.0, -0.0, 1.5, -2.25, 1e308, -1e-308, 5e-324,
                        INFINITY, -INFINITY};
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        Value v = FLOAT_VAL(samples[i]);
        cr_assert(IS_FLOAT(v), "%g", samples[i]);
        cr_assert(!IS_INT(v) && !IS_OBJ(v) && !IS_CONST(v));
        double d = AS_FLOAT(v);
        cr_assert(memcmp(&d, &samples[i], sizeof d) == 0, "%g", samples[i]);
    }
}

Test(value, nan_is_canonical_float) {
    Value a = FLOAT_VAL(NAN), b = FLOAT_VAL(-NAN);
    cr_assert(IS_FLOAT(a) && IS_FLOAT(b));
    cr_assert(isnan(AS_FLOAT(a)));
    cr_assert_eq(a, b);
}

Test(value, constants_are_distinct) {
    Value c[] = {VAL_NULL, VAL_NONE, VAL_TRUE, VAL_FALSE, VAL_NOTIMPL, VAL_ELLIPSIS};
    for (size_t i = 0; i < 6; i++)
        for (size_t j = i + 1; j < 6; j++)
            cr_assert_neq(c[i], c[j]);
    cr_assert(IS_CONST(VAL_NONE) && IS_BOOL(VAL_TRUE) && IS_BOOL(VAL_FALSE));
    cr_assert(!IS_OBJ(VAL_NULL) && !IS_FLOAT(VAL_NULL) && !IS_INT(VAL_NULL));
}

Test(value, pointers_need_no_masking) {
    static long cell __attribute__((aligned(16)));
    Value v = OBJ_VAL((GiltObject *)&cell);
    cr_assert(IS_OBJ(v));
    cr_assert_eq((void *)AS_OBJ(v), (void *)&cell);
}

Test(value, both_int_test) {
    cr_assert(BOTH_INT(INT_VAL(1), INT_VAL(-5)));
    cr_assert(!BOTH_INT(INT_VAL(1), FLOAT_VAL(1.0)));
    cr_assert(!BOTH_INT(VAL_TRUE, INT_VAL(1)));
}
