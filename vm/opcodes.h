/* opcodes.h - The instruction set, one X-macro table.
 *
 * X(name, flags). An instruction is 32 bits: opcode in the low byte and a
 * 24-bit argument (code.h). Flags: J the argument is a jump target
 * (instruction index); C the argument indexes the code's inline caches;
 * N it indexes co_names; L it indexes fast locals; D cells/free vars; K
 * constants. Stack effects are in compile_asm.c (gilt_opcode_effect).
 *
 * Calls use CPython 3.11's two shapes: CALL n takes [callable, args...];
 * CALL_METHOD n takes [method, self, args...] or [NULL, callable, args...]
 * as left by LOAD_METHOD, so a method call passes self without building a
 * bound method. Keyword names ride on top as a constant tuple (CALL_KW,
 * CALL_METHOD_KW).
 */
#ifndef GILT_OPCODES_H
#define GILT_OPCODES_H

enum {
    OPF_J = 1 << 0,
    OPF_C = 1 << 1,
    OPF_N = 1 << 2,
    OPF_L = 1 << 3,
    OPF_D = 1 << 4,
    OPF_K = 1 << 5,
};

#define GILT_OPCODES(X)                                                        \
    X(NOP, 0)                                                                  \
    X(POP_TOP, 0)                                                              \
    X(PUSH_NULL, 0)                                                            \
    X(COPY, 0)                                                                 \
    X(SWAP, 0)                                                                 \
    X(LOAD_CONST, OPF_K)                                                       \
    X(LOAD_FAST, OPF_L)                                                        \
    X(LOAD_FAST_CHECKED, OPF_L)                                                \
    X(STORE_FAST, OPF_L)                                                       \
    X(DELETE_FAST, OPF_L)                                                      \
    X(LOAD_FAST_LOAD_FAST, 0)                                                  \
    X(STORE_FAST_LOAD_FAST, 0)                                                 \
    X(LOAD_FAST_LOAD_CONST, 0)                                                 \
    X(LOAD_DEREF, OPF_D)                                                       \
    X(LOAD_CLASSDEREF, OPF_D)                                                  \
    X(STORE_DEREF, OPF_D)                                                      \
    X(DELETE_DEREF, OPF_D)                                                     \
    X(LOAD_CLOSURE, OPF_D)                                                     \
    X(MAKE_CELL, OPF_D)                                                        \
    X(COPY_FREE_VARS, 0)                                                       \
    X(LOAD_GLOBAL, OPF_C)                                                      \
    X(STORE_GLOBAL, OPF_N)                                                     \
    X(DELETE_GLOBAL, OPF_N)                                                    \
    X(LOAD_NAME, OPF_N)                                                        \
    X(STORE_NAME, OPF_N)                                                       \
    X(DELETE_NAME, OPF_N)                                                      \
    X(LOAD_ATTR, OPF_C)                                                        \
    X(STORE_ATTR, OPF_C)                                                       \
    X(DELETE_ATTR, OPF_N)                                                      \
    X(LOAD_METHOD, OPF_C)                                                      \
    X(LOAD_BUILD_CLASS, 0)                                                     \
    X(LOAD_ASSERTION_ERROR, 0)                                                 \
    X(UNARY_NEGATIVE, 0)                                                       \
    X(UNARY_POSITIVE, 0)                                                       \
    X(UNARY_INVERT, 0)                                                         \
    X(UNARY_NOT, 0)                                                            \
    X(BINARY_OP, 0)                                                            \
    X(BINARY_OP_CONST, 0)                                                      \
    X(COMPARE_OP, 0)                                                           \
    X(COMPARE_JUMP, OPF_J)                                                     \
    X(IS_OP, 0)                                                                \
    X(CONTAINS_OP, 0)                                                          \
    X(BINARY_SUBSCR, 0)                                                        \
    X(STORE_SUBSCR, 0)                                                         \
    X(DELETE_SUBSCR, 0)                                                        \
    X(BUILD_SLICE, 0)                                                          \
    X(BUILD_TUPLE, 0)                                                          \
    X(BUILD_LIST, 0)                                                           \
    X(BUILD_SET, 0)                                                            \
    X(BUILD_MAP, 0)                                                            \
    X(BUILD_CONST_KEY_MAP, 0)                                                  \
    X(BUILD_STRING, 0)                                                         \
    X(LIST_APPEND, 0)                                                          \
    X(SET_ADD, 0)                                                              \
    X(MAP_ADD, 0)                                                              \
    X(LIST_EXTEND, 0)                                                          \
    X(SET_UPDATE, 0)                                                           \
    X(DICT_UPDATE, 0)                                                          \
    X(DICT_MERGE, 0)                                                           \
    X(LIST_TO_TUPLE, 0)                                                        \
    X(FORMAT_VALUE, 0)                                                         \
    X(UNPACK_SEQUENCE, 0)                                                      \
    X(UNPACK_EX, 0)                                                            \
    X(JUMP, OPF_J)                                                             \
    X(JUMP_BACKWARD, OPF_J)                                                    \
    X(POP_JUMP_IF_FALSE, OPF_J)                                                \
    X(POP_JUMP_IF_TRUE, OPF_J)                                                 \
    X(POP_JUMP_IF_NONE, OPF_J)                                                 \
    X(POP_JUMP_IF_NOT_NONE, OPF_J)                                             \
    X(JUMP_IF_FALSE_OR_POP, OPF_J)                                             \
    X(JUMP_IF_TRUE_OR_POP, OPF_J)                                              \
    X(GET_ITER, 0)                                                             \
    X(FOR_ITER, OPF_J)                                                         \
    X(MAKE_FUNCTION, 0)                                                        \
    X(CALL, 0)                                                                 \
    X(CALL_KW, 0)                                                              \
    X(CALL_METHOD, 0)                                                          \
    X(CALL_METHOD_KW, 0)                                                       \
    X(CALL_FUNCTION_EX, 0)                                                     \
    X(RETURN_VALUE, 0)                                                         \
    X(RETURN_CONST, OPF_K)                                                     \
    X(RAISE_VARARGS, 0)                                                        \
    X(RERAISE, 0)                                                              \
    X(PUSH_EXC_INFO, 0)                                                        \
    X(POP_EXCEPT, 0)                                                           \
    X(CHECK_EXC_MATCH, 0)                                                      \
    X(BEFORE_WITH, 0)                                                          \
    X(WITH_EXCEPT_START, 0)                                                    \
    X(IMPORT_NAME, OPF_N)                                                      \
    X(IMPORT_FROM, OPF_N)                                                      \
    X(IMPORT_STAR, 0)                                                          \
    X(SETUP_ANNOTATIONS, 0)                                                    \
    X(PRINT_EXPR, 0)                                                           \
    X(YIELD_VALUE, 0)                                                          \
    X(GET_YIELD_FROM_ITER, 0)                                                  \
    X(SEND, OPF_J)                                                             \
    X(GET_AWAITABLE, 0)                                                        \
    X(GET_AITER, 0)                                                            \
    X(GET_ANEXT, 0)                                                            \
    X(END_ASYNC_FOR, 0)                                                        \
    X(BEFORE_ASYNC_WITH, 0)                                                    \
    X(ASYNC_GEN_WRAP, 0)                                                       \
    X(RETURN_GENERATOR, 0)                                                     \
    X(SETUP_FINALLY, OPF_J)                                                    \
    X(SETUP_CLEANUP, OPF_J)                                                    \
    X(SETUP_WITH, OPF_J)                                                       \
    X(POP_BLOCK, 0)

// SETUP_FINALLY .. POP_BLOCK are pseudo-instructions: the assembler turns
// them into the exception table and drops them.

typedef enum {
#define X(name, flags) OP_##name,
    GILT_OPCODES(X)
#undef X
        OP__COUNT
} GiltOpcode;

// FORMAT_VALUE argument: conversion in the low 2 bits, spec on the stack.
enum {
    GILT_FV_NONE = 0,
    GILT_FV_STR = 1,
    GILT_FV_REPR = 2,
    GILT_FV_ASCII = 3,
    GILT_FV_SPEC = 4
};

// MAKE_FUNCTION argument bits: what sits below the code object.
enum {
    GILT_MF_DEFAULTS = 1,
    GILT_MF_KWDEFAULTS = 2,
    GILT_MF_ANNOTATIONS = 4,
    GILT_MF_CLOSURE = 8
};

// RAISE / RERAISE / CALL_FUNCTION_EX arguments are plain counts or flags.

extern const char *const gilt_opcode_names[OP__COUNT];
extern const unsigned char gilt_opcode_flags[OP__COUNT];

#endif
