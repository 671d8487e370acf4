/* func.h - Callables: Python functions, native functions, method
 * descriptors, bound methods, cells, and the static/class method and
 * property wrappers.
 */
#ifndef GILT_FUNC_H
#define GILT_FUNC_H

#include "object.h"

typedef struct GiltCode GiltCode;

// A Python function (def / lambda).
typedef struct GiltFunction {
    GiltObject obj;
    GiltCode *code;
    GiltDict *globals;
    Value builtins;     // the builtins dict the function sees
    Value name;         // __name__ (str)
    Value qualname;     // __qualname__ (str)
    Value module;       // __module__
    Value doc;          // __doc__
    GiltTuple *defaults;   // positional defaults, or NULL
    GiltDict *kwdefaults;  // keyword-only defaults, or NULL
    GiltTuple *closure;    // cells for the code's free variables, or NULL
    GiltDict *dict;        // __dict__, created lazily
    Value annotations;     // __annotations__ dict, or VAL_NULL
} GiltFunction;

// builtin_function_or_method: a native function, optionally bound to a
// self (e.g. `[].append`); module functions have no self.
typedef struct GiltNative {
    GiltObject obj;
    const GiltMethodDef *def;
    Value self;   // VAL_NULL when unbound
    Value module; // __module__ (str) or VAL_NULL
} GiltNative;

// method_descriptor: a GiltMethodDef in a builtin type's dict.
typedef struct GiltMethodDescr {
    GiltObject obj;
    const GiltMethodDef *def;
    GiltType *type;
} GiltMethodDescr;

// getset_descriptor: a GiltGetSetDef in a builtin type's dict.
typedef struct GiltGetSetDescr {
    GiltObject obj;
    const GiltGetSetDef *def;
    GiltType *type;
} GiltGetSetDescr;

// A bound method (Python function or any callable bound to self).
typedef struct GiltMethod {
    GiltObject obj;
    Value func;
    Value self;
} GiltMethod;

typedef struct GiltCell {
    GiltObject obj;
    Value value; // VAL_NULL when empty
} GiltCell;

// staticmethod / classmethod wrappers.
typedef struct GiltWrapper {
    GiltObject obj;
    Value func;
    GiltDict *dict;
} GiltWrapper;

typedef struct GiltProperty {
    GiltObject obj;
    Value fget, fset, fdel, doc; // VAL_NULL when absent
    Value name;
} GiltProperty;

#define AS_FUNCTION(v) ((GiltFunction *)AS_OBJ(v))
#define AS_NATIVE(v) ((GiltNative *)AS_OBJ(v))
#define AS_METHOD(v) ((GiltMethod *)AS_OBJ(v))
#define AS_CELL(v) ((GiltCell *)AS_OBJ(v))

// A module-level native function; [module] is its __module__ name or
// VAL_NULL. Returns VAL_NULL on MemoryError.
Value gilt_native_new(GiltThread *ts, const GiltMethodDef *def, Value self,
                      Value module);
Value gilt_method_new(GiltThread *ts, Value func, Value self);
Value gilt_cell_new(GiltThread *ts, Value v);

// Call a GiltMethodDef with the argument-count and keyword checks of its
// flags (the one place natives get called from). When [owner] is not
// NULL the def is a method of that type: args[0] is self and is not
// counted against def->min/max, and messages say "owner.name()".
Value gilt_native_call(GiltThread *ts, const GiltMethodDef *def,
                       GiltType *owner, Value *args, int nargs,
                       GiltTuple *kwnames);

int gilt_func_init_types(GiltThread *ts);

#endif
