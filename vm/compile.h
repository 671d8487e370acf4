/* compile.h - Internals of the compiler (AST -> bytecode), shared by
 * compile.c (units, names, functions and classes), compile_expr.c,
 * compile_stmt.c and compile_asm.c (the assembler).
 *
 * A Unit is one code object being built: a flat array of instructions
 * whose jump arguments are label numbers until the assembler resolves
 * them. Each instruction records its source span and the exception
 * handler active when it was emitted: the compiler tracks handlers
 * lexically (SETUP_* pseudo-instructions push one, POP_BLOCK pops), and the
 * assembler computes every handler's stack depth by data flow and writes
 * the exception table.
 *
 * Compilation runs no Python code, so no collection can happen while it
 * holds objects in C variables (gc.h's rule).
 */
#ifndef GILT_COMPILE_H
#define GILT_COMPILE_H

#include "code.h"
#include "compiler.h"
#include "opcodes.h"
#include "state.h"
#include "symtable.h"

typedef struct Instr {
    uint8_t op;
    int32_t arg;
    int32_t handler; // index in Unit.handlers, -1 for none
    GiltLoc loc;
} Instr;

typedef struct Handler {
    int label;       // where the handler code starts
    int depth;       // value stack depth to unwind to (assembler)
    bool lasti;      // push the faulting instruction index too
    int parent;      // enclosing handler, -1 for none
} Handler;

// Blocks that break/continue/return must unwind (CPython's fblocks).
typedef enum {
    FB_WHILE_LOOP,
    FB_FOR_LOOP,      // iterator on the stack
    FB_TRY_EXCEPT,    // inside `try:` with except clauses
    FB_FINALLY_TRY,   // inside `try:` with a finally
    FB_FINALLY_END,   // inside the finally body (exception path)
    FB_WITH,          // __exit__ on the stack
    FB_ASYNC_WITH,
    FB_HANDLER_CLEANUP, // inside an except handler (previous exc_info on stack)
    FB_POP_VALUE,     // a value to pop when leaving
    FB_EXCEPTION_HANDLER,
    FB_ASYNC_COMPREHENSION_GENERATOR,
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int label;  // loop start (continue) or block exit
    int exit;   // loop exit (break)
    const void *datum; // finally body (AstStmtSeq *) or handler name
    int handler;       // the exception handler active outside the block
    GiltLoc loc;
} FBlock;

#define MAX_FBLOCKS 40

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    Scope *scope;
    Instr *code;
    int ncode, code_cap;
    int *labels;
    int nlabels, labels_cap;
    Handler *handlers;
    int nhandlers, handlers_cap;
    int handler; // active handler or -1
    GiltList *consts;
    GiltList *names;
    uint32_t *cache_names; // per cache slot: its co_names index
    int ncaches, caches_cap;
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    GiltLoc loc;    // location given to emitted instructions
    int firstlineno;
    bool has_doc;   // consts[0] is the docstring
    bool name_ops;  // module level: LOAD_NAME/STORE_NAME (exec/eval)
};

typedef struct Compiler {
    GiltThread *ts;
    GiltArena *arena;
    SymTable st;
    Unit *u;
    GiltStr *filename;
    const char *cfilename;
    AstError *err;
    int depth;      // recursion guard for deeply nested expressions
    int flags;      // GILT_COMPILE_* from compiler.h
    int future;     // GILT_FUTURE_* (compile_future.c)
    int future_lineno; // line of the last future statement
    bool interactive;
} Compiler;

enum {
    GILT_FUTURE_ANNOTATIONS = 1 << 0, // PEP 563: annotations as strings
    GILT_FUTURE_BARRY = 1 << 1,
};

// ---- compile.c -----------------------------------------------------------------

// Report a SyntaxError at [loc] (first error wins); returns false.
bool gilt_c_error(Compiler *c, AstLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
bool gilt_c_nomem(Compiler *c);
// Emit [op] with [arg] at the unit's current location.
bool gilt_c_emit(Compiler *c, int op, int arg);
// Emit an instruction using an inline cache for name [name].
bool gilt_c_emit_cached(Compiler *c, int op, const char *name);
int gilt_c_new_label(Compiler *c);
bool gilt_c_place(Compiler *c, int label);
bool gilt_c_emit_jump(Compiler *c, int op, int label);
// Index of constant [v] in the unit's consts (deduplicated), or -1.
int gilt_c_const(Compiler *c, Value v);
bool gilt_c_load_const(Compiler *c, Value v);
int gilt_c_name(Compiler *c, const char *name);
// Private-name mangling in the current class context.
const char *gilt_c_mangle(Compiler *c, const char *name);
// Load, store or delete [name] with the right opcode for its scope.
bool gilt_c_nameop(Compiler *c, const char *name, AstContext ctx);
// Push/pop the current source location.
void gilt_c_set_loc(Compiler *c, AstLoc loc);
// Handlers: SETUP_* starts one (its region is lexical: every instruction
// emitted while it is active); POP_BLOCK makes the enclosing one active.
bool gilt_c_setup(Compiler *c, int op, int label);
bool gilt_c_pop_block(Compiler *c);
bool gilt_c_push_fblock(Compiler *c, FBlockKind kind, int label, int exit,
                        const void *datum);
void gilt_c_pop_fblock(Compiler *c);

// Code objects for nested scopes; the new function object is left on the
// stack (with its closure), ready for decorators.
bool gilt_c_make_closure(Compiler *c, GiltCode *code, int flags);
bool gilt_c_function(Compiler *c, AstStmt *def);
bool gilt_c_class(Compiler *c, AstStmt *def);
bool gilt_c_lambda(Compiler *c, AstExpr *e);
bool gilt_c_comprehension(Compiler *c, AstExpr *e);

// ---- compile_expr.c / compile_stmt.c ----------------------------------------------

bool gilt_c_expr(Compiler *c, AstExpr *e);
// Jump to [label] when the truth of [e] equals [cond].
bool gilt_c_jump_if(Compiler *c, AstExpr *e, int label, bool cond);
// Store the value on top of the stack into target [t].
bool gilt_c_store(Compiler *c, AstExpr *t);
bool gilt_c_stmts(Compiler *c, AstStmtSeq *body);
bool gilt_c_stmt(Compiler *c, AstStmt *s);
bool gilt_c_call_helper(Compiler *c, int already, AstExprSeq *args,
                        AstKeywordSeq *kws, bool method);
// The delegation loop of `yield from` / `await`: [iter] -> [result].
bool gilt_c_send_loop(Compiler *c);
// Emit the unwinding of fblocks for break/continue/return.
bool gilt_c_unwind_fblock(Compiler *c, FBlock *f, bool preserve_tos);
// A value for a constant node (str, number, None...).
Value gilt_c_constant_value(Compiler *c, AstConstant *k);
bool gilt_c_is_constant(AstExpr *e);

// ---- compile_fold.c -------------------------------------------------------------

// The constant [e] is or folds to (CPython's AST optimizer), rewriting
// the node into one; VAL_NULL when it does not fold.
Value gilt_c_fold(Compiler *c, AstExpr *e);

// ---- compile_unparse.c ------------------------------------------------------------

// The source text of [e] as CPython's ast_unparse.c writes it.
Value gilt_c_unparse(Compiler *c, AstExpr *e);
// Push the value of annotation [ann]: its text under PEP 563, else its
// value.
bool gilt_c_annotation(Compiler *c, AstExpr *ann);

// ---- compile_future.c -----------------------------------------------------------

// Scan [mod]'s leading future statements into c->future.
bool gilt_c_future(Compiler *c, AstMod *mod);
// Reject a `from __future__` import [s] after the leading ones.
bool gilt_c_late_future(Compiler *c, AstStmt *s);
// Reject binding or deleting ([ctx]) [name] when it is __debug__, at the
// unit's current location.
bool gilt_c_forbidden(Compiler *c, const char *name, AstContext ctx);
bool gilt_c_forbidden_args(Compiler *c, AstArguments *a);

// ---- compile_asm.c -----------------------------------------------------------------

// Assemble the unit into a code object (NULL on error).
GiltCode *gilt_c_assemble(Compiler *c, Unit *u);
// Stack effect of [op] with [arg]; *jump_effect gets the effect when a
// jump is taken.
int gilt_opcode_effect(int op, int arg, bool jump);

#endif
