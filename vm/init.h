/* init.h - The start-up hooks each runtime file and module provides. */
#ifndef GILT_INIT_H
#define GILT_INIT_H

#include "state.h"

// Runtime types, in the order state.c calls them.
int gilt_type_init_types(GiltThread *ts);
int gilt_object_init_types(GiltThread *ts);
int gilt_str_init_types(GiltThread *ts);
int gilt_dict_init_types(GiltThread *ts);
int gilt_tuple_init_types(GiltThread *ts);
int gilt_list_init_types(GiltThread *ts);
int gilt_int_init_types(GiltThread *ts);
int gilt_float_init_types(GiltThread *ts);
int gilt_func_init_types(GiltThread *ts);
int gilt_module_init_types(GiltThread *ts);
int gilt_exc_init_types(GiltThread *ts);
// Every other runtime file's types (runtime/runtime.c).
int gilt_runtime_init_rest(GiltThread *ts);

// The builtins module (runtime/builtins.c) and sys (modules/sys.c).
int gilt_builtins_init(GiltThread *ts);
int gilt_sys_init(GiltThread *ts);

#endif
