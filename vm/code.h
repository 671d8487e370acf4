/* code.h - Code objects: compiled bytecode with its constants, names,
 * locations, exception table and inline caches.
 *
 * An instruction is one 32-bit word: the opcode in the low 8 bits and a
 * 24-bit argument above it (opcodes.h). Instructions that need an inline
 * cache take its index as their argument; the cache entry records the
 * operand (a name index, say) next to the cached data.
 */
#ifndef GILT_CODE_H
#define GILT_CODE_H

#include <stdio.h>

#include "../runtime/object.h"

#define GILT_OP(insn) ((insn)&0xFF)
#define GILT_ARG(insn) ((insn) >> 8)
#define GILT_INSN(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define GILT_ARG_MAX 0xFFFFFF

// Source span of one instruction: 1-based lines, 0-based UTF-8 byte
// columns; col -1 when unknown.
typedef struct GiltLoc {
    int32_t line, end_line;
    int32_t col, end_col;
} GiltLoc;

// A protected range [start, end) of instruction indexes: an exception
// raised inside unwinds the value stack to [depth] values (plus the
// instruction index when [lasti]) and jumps to [handler].
typedef struct GiltExcEntry {
    uint32_t start, end, handler;
    uint32_t depth;
    bool lasti;
} GiltExcEntry;

// Code flags (CPython's co_flags values where they exist).
enum {
    GILT_CO_OPTIMIZED = 0x1,
    GILT_CO_NEWLOCALS = 0x2,
    GILT_CO_VARARGS = 0x4,
    GILT_CO_VARKEYWORDS = 0x8,
    GILT_CO_NESTED = 0x10,
    GILT_CO_GENERATOR = 0x20,
    GILT_CO_NOFREE = 0x40,
    GILT_CO_COROUTINE = 0x80,
    GILT_CO_ITERABLE_COROUTINE = 0x100,
    GILT_CO_ASYNC_GENERATOR = 0x200,
    // Future features the code was compiled with (inherited by exec(),
    // eval() and compile() called from it).
    GILT_CO_FUTURE_BARRY_AS_BDFL = 0x400000,
    GILT_CO_FUTURE_ANNOTATIONS = 0x1000000,
};

typedef struct GiltCache GiltCache;
typedef struct GiltCode GiltCode;

struct GiltCode {
    GiltObject obj;
    uint32_t *code;
    uint32_t ncode;
    GiltLoc *locs; // one per instruction
    GiltExcEntry *exc_table;
    uint32_t nexc;
    GiltCache *caches;
    uint32_t ncaches;
    GiltTuple *consts;
    GiltTuple *names;    // interned: globals, attributes, imports
    GiltTuple *varnames; // fast locals, parameters first
    GiltTuple *cellvars; // locals captured by inner functions
    GiltTuple *freevars; // variables captured from outer functions
    // For each cell variable that is also a parameter, its parameter
    // index; -1 otherwise. NULL when there are no cells.
    int32_t *cell2arg;
    uint32_t argcount, posonlyargcount, kwonlyargcount;
    uint32_t flags;
    bool has_doc; // consts[0] is the docstring
    uint32_t nlocals, ncells, nfree;
    uint32_t stacksize;
    GiltStr *name, *qualname, *filename;
    int firstlineno;
};

#define AS_CODE(v) ((GiltCode *)AS_OBJ(v))

// The source span of instruction [index] (clamped to the code).
GiltLoc gilt_code_loc(GiltCode *code, uint32_t index);
// Fast locals + cells + free variables: the frame slots before the stack.
GILT_INLINE uint32_t gilt_code_nlocalsplus(GiltCode *c) {
    return c->nlocals + c->ncells + c->nfree;
}

// Print a readable listing of [code] (debugging; GILT_DIS=1).
void gilt_code_dis(GiltCode *code, FILE *out);

int gilt_code_init_types(GiltThread *ts);

#endif
