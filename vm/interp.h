/* interp.h - The eval loop and the entry points into it. */
#ifndef GILT_INTERP_H
#define GILT_INTERP_H

#include "frame.h"

// The function type's call hook: call a Python function. [args] and
// [kwnames] as GiltNativeFn.
Value gilt_function_call(GiltThread *ts, Value func, Value *args, int nargs,
                         GiltTuple *kwnames);
// Run [code] (module or class body, or exec'd code) with [globals] and
// [locals] (a mapping, or VAL_NULL to use globals). Returns the value of
// the code (None for a module), or VAL_NULL with the exception set.
Value gilt_eval_code(GiltThread *ts, GiltCode *code, GiltDict *globals,
                     Value locals);
// Resume a suspended generator/coroutine frame with [sent] (VAL_NULL
// means throw the exception already in flight into it). Returns the
// yielded value with *done false, the return value with *done true, or
// VAL_NULL with an exception.
Value gilt_eval_resume(GiltThread *ts, GiltFrame *frame, Value sent,
                       bool *done);
// The eval-breaker work at a check: GIL handoff, signals, collection,
// interrupts. -1 when an exception (KeyboardInterrupt, ...) was raised.
int gilt_eval_check(GiltThread *ts);

#endif
