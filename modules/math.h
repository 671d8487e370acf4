/* math.h - The math module (math.c, math_int.c). */
#ifndef GILT_MODULES_MATH_H
#define GILT_MODULES_MATH_H

#include "../runtime/module.h"

extern const GiltModuleDef gilt_module_math;

// The integer functions of math_int.c, for math.c's function table.
Value gilt_math_factorial(GiltThread *ts, Value *args, int nargs,
                          GiltTuple *kw);
Value gilt_math_gcd(GiltThread *ts, Value *args, int nargs, GiltTuple *kw);
Value gilt_math_lcm(GiltThread *ts, Value *args, int nargs, GiltTuple *kw);
Value gilt_math_isqrt(GiltThread *ts, Value *args, int nargs, GiltTuple *kw);
Value gilt_math_comb(GiltThread *ts, Value *args, int nargs, GiltTuple *kw);
Value gilt_math_perm(GiltThread *ts, Value *args, int nargs, GiltTuple *kw);
Value gilt_math_prod(GiltThread *ts, Value *args, int nargs, GiltTuple *kw);

// math_sum.c.
Value gilt_math_fsum(GiltThread *ts, Value *args, int nargs, GiltTuple *kw);
Value gilt_math_hypot(GiltThread *ts, Value *args, int nargs, GiltTuple *kw);
Value gilt_math_dist(GiltThread *ts, Value *args, int nargs, GiltTuple *kw);

#endif
