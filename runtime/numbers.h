/* numbers.h - The numeric builtins (numbers_builtins.c), bool and complex
 * (bool.c, complex.c), and the sys functions for the int digit limit.
 */
#ifndef GILT_NUMBERS_H
#define GILT_NUMBERS_H

#include "object.h"

// abs, round, divmod, pow, hex, oct, bin: included by the builtins module.
extern const GiltMethodDef gilt_number_builtins[];

// sys.set_int_max_str_digits / sys.get_int_max_str_digits, for the sys
// module's function table.
extern const GiltMethodDef gilt_int_sys_functions[];

// complex: two doubles. Instances of complex subclasses share the layout.
typedef struct GiltComplex {
    GiltObject obj;
    double real, imag;
} GiltComplex;

#define AS_COMPLEX(v) ((GiltComplex *)AS_OBJ(v))

// A new exact complex. VAL_NULL on MemoryError.
Value gilt_complex_new(GiltThread *ts, double real, double imag);
// Is v a complex (or subclass instance)?
bool gilt_is_complex(GiltThread *ts, Value v);
// a ** b on complex numbers (a float ** float with a negative base and a
// fractional exponent lands here). ZeroDivisionError "0.0 to a negative
// or complex power", OverflowError "complex exponentiation".
Value gilt_complex_pow(GiltThread *ts, double ar, double ai, double br,
                       double bi);
// repr(complex(real, imag)) as CPython prints it: "(1+2j)", "3j".
Value gilt_complex_repr(GiltThread *ts, double real, double imag);

// The checks of int.__new__(cls), float.__new__(cls), complex.__new__(cls)
// on [cls] for [base]: a type, a subtype, and one sharing base's layout.
// -1 with CPython's TypeError otherwise.
int gilt_number_check_new(GiltThread *ts, Value cls, GiltType *base);

int gilt_bool_init_types(GiltThread *ts);
int gilt_complex_init_types(GiltThread *ts);

#endif
