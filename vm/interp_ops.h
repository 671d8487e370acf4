/* interp_ops.h - Slow paths and helpers of the eval loop (interp_ops.c,
 * interp_call.c, interp_attr.c), kept out of the loop's body so the hot
 * paths stay small.
 */
#ifndef GILT_INTERP_OPS_H
#define GILT_INTERP_OPS_H

#include "code.h"
#include "frame.h"
#include "interp_cache.h"

typedef struct GiltFunction GiltFunction;

// ---- calls (interp_call.c) ---------------------------------------------------------

// Bind [args]/[kwnames] to the parameters of [fn] in the zeroed frame [f]
// and set up cells and free variables. -1 with TypeError on a mismatch.
int gilt_frame_bind(GiltThread *ts, GiltFrame *f, GiltFunction *fn,
                    Value *args, int nargs, GiltTuple *kwnames);
// Push a frame for calling [fn] (not a generator) with bound arguments.
GiltFrame *gilt_frame_for_call(GiltThread *ts, GiltFunction *fn, Value *args,
                               int nargs, GiltTuple *kwnames);
// Run [f] (already pushed and linked as ts->frame) to completion.
Value gilt_eval_run(GiltThread *ts, GiltFrame *f);
// CALL_FUNCTION_EX: func(*args, **kwargs) with [args] a tuple.
Value gilt_call_ex(GiltThread *ts, Value func, Value args, Value kwargs);
// The RecursionError of a too deep Python recursion.
int gilt_check_depth(GiltThread *ts);

// ---- names and attributes (interp_attr.c) -----------------------------------------

Value gilt_load_global_slow(GiltThread *ts, GiltFrame *f, GiltCache *c);
int gilt_store_global_slow(GiltThread *ts, GiltFrame *f, GiltCache *c,
                           Value v);
Value gilt_load_attr_slow(GiltThread *ts, GiltCode *code, GiltCache *c,
                          Value obj);
int gilt_store_attr_slow(GiltThread *ts, GiltCode *code, GiltCache *c,
                         Value obj, Value v);
// LOAD_METHOD: *meth gets the unbound method (and the stack keeps obj as
// self) or VAL_NULL with *attr the plain attribute. -1 on error.
int gilt_load_method_slow(GiltThread *ts, GiltCode *code, GiltCache *c,
                          Value obj, Value *meth, Value *attr);
Value gilt_load_name(GiltThread *ts, GiltFrame *f, GiltStr *name);
int gilt_store_name(GiltThread *ts, GiltFrame *f, GiltStr *name, Value v);
int gilt_delete_name(GiltThread *ts, GiltFrame *f, GiltStr *name);
int gilt_delete_global(GiltThread *ts, GiltFrame *f, GiltStr *name);
Value gilt_load_classderef(GiltThread *ts, GiltFrame *f, uint32_t slot);
// NameError / UnboundLocalError for the variable in [slot] or [name].
void gilt_unbound_local(GiltThread *ts, GiltFrame *f, uint32_t slot);
void gilt_unbound_deref(GiltThread *ts, GiltFrame *f, uint32_t slot);

// ---- other operations (interp_ops.c) ------------------------------------------------

// Push the items of [seq] onto [sp] (UNPACK_SEQUENCE / UNPACK_EX): items
// end up in reverse order so the first is on top. -1 on error.
int gilt_unpack(GiltThread *ts, Value seq, int before, int after, bool star,
                Value *sp);
Value gilt_import_name(GiltThread *ts, GiltFrame *f, GiltStr *name,
                       Value fromlist, Value level);
Value gilt_import_from(GiltThread *ts, Value module, GiltStr *name);
int gilt_import_star(GiltThread *ts, GiltFrame *f, Value module);
int gilt_setup_annotations(GiltThread *ts, GiltFrame *f);
int gilt_print_expr(GiltThread *ts, Value v);
Value gilt_format_value(GiltThread *ts, Value v, int conv, Value spec);
Value gilt_build_string(GiltThread *ts, Value *parts, int n);
Value gilt_build_map(GiltThread *ts, Value *items, int n);
Value gilt_build_set(GiltThread *ts, Value *items, int n);
int gilt_op_set_add(GiltThread *ts, Value set, Value v);
int gilt_op_set_update(GiltThread *ts, Value set, Value iterable);
// "module.qualname()" naming a callable in messages.
Value gilt_func_str(GiltThread *ts, Value func);
int gilt_dict_merge_kwargs(GiltThread *ts, Value dict, Value other,
                           Value func);
int gilt_check_exc_match(GiltThread *ts, Value exc, Value type);
Value gilt_make_function(GiltThread *ts, GiltFrame *f, Value code, int flags,
                         Value *extra);
// RAISE_VARARGS: raise [exc] (VAL_NULL: re-raise) from [cause].
void gilt_do_raise(GiltThread *ts, Value exc, Value cause);
// BEFORE_WITH: [mgr] -> *exit, *result.
int gilt_before_with(GiltThread *ts, Value mgr, Value *exit, Value *result,
                     bool async);
Value gilt_with_exit_call(GiltThread *ts, Value exit, Value exc);
Value gilt_get_awaitable(GiltThread *ts, Value v, int where);
Value gilt_get_aiter(GiltThread *ts, Value v);
Value gilt_get_anext(GiltThread *ts, Value aiter);
// SEND: delegate [v] to [iter]; returns 1 with *out yielded, 0 with *out
// the iterator's return value, -1 on error.
int gilt_send(GiltThread *ts, Value iter, Value v, Value *out);
Value gilt_get_yield_from_iter(GiltThread *ts, Value v);

#endif
