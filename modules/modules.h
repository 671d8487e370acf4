/* modules.h - Every native module, one X entry each (modules.c). */
#ifndef GILT_MODULES_H
#define GILT_MODULES_H

#include "../runtime/module.h"

#define GILT_NATIVE_MODULES(X)                                                 \
    X(gilt_module_time)                                                        \
    X(gilt_module_gc)                                                          \
    X(gilt_module_posix)                                                       \
    X(gilt_module_functools)                                                   \
    X(gilt_module_itertools)                                                   \
    X(gilt_module_operator)                                                    \
    X(gilt_module_collections)                                                 \
    X(gilt_module_gilt)                                                        \
    X(gilt_module_atexit)                                                      \
    X(gilt_module_heapq)                                                       \
    X(gilt_module_stringio)                                                    \
    X(gilt_module_math)                                                        \
    X(gilt_module__random)                                                     \
    X(gilt_module__thread)                                                     \
    X(gilt_module__gil)                                                        \
    X(gilt_module_select)

#define X(def) extern const GiltModuleDef def;
GILT_NATIVE_MODULES(X)
#undef X

#endif
