/* symtable.h - Scope analysis: which names are local, global, free or
 * cells in each function, class, comprehension and the module.
 *
 * Two passes over the AST, as CPython's symtable.c: the first records for
 * every scope the names it binds and uses and its global/nonlocal
 * declarations; the second resolves each name (local, explicit or
 * implicit global, free, cell) walking scopes from the inside out, so that
 * a name free in a nested function becomes a cell of the function that
 * binds it. Everything lives in the parser's arena.
 */
#ifndef GILT_SYMTABLE_H
#define GILT_SYMTABLE_H

#include "ast.h"

typedef enum {
    SCOPE_MODULE,
    SCOPE_FUNCTION,
    SCOPE_CLASS,
    SCOPE_COMPREHENSION
} ScopeKind;

// Where a name lives at run time.
typedef enum {
    SYM_LOCAL = 1,       // fast local (function) or namespace entry
    SYM_GLOBAL_EXPLICIT, // declared global
    SYM_GLOBAL_IMPLICIT, // not bound anywhere around: global or builtin
    SYM_FREE,            // bound in an enclosing function
    SYM_CELL             // local, and captured by an inner scope
} SymScope;

// Symbol flags gathered by the first pass.
enum {
    DEF_LOCAL = 1 << 0,
    DEF_PARAM = 1 << 1,
    DEF_GLOBAL = 1 << 2,
    DEF_NONLOCAL = 1 << 3,
    DEF_USE = 1 << 4,
    DEF_IMPORT = 1 << 5,
    DEF_COMP_ITER = 1 << 6, // a comprehension's iteration variable
    DEF_FREE_CLASS = 1 << 7, // free in a method, class-level namespace
    DEF_ANNOT = 1 << 8,
};

typedef struct Symbol {
    const char *name;
    int flags;
    SymScope scope;
    AstLoc loc; // first binding or use, for messages
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    const char *name;     // "f", "<lambda>", "<listcomp>", "<module>", class name
    const char *qualname; // as __qualname__
    const char *private_; // enclosing class name for name mangling, or NULL
    const void *node;     // the AST node that opened it
    Scope *parent;
    Scope **children;
    int nchildren, children_cap;
    Symbol *syms;
    int nsyms, syms_cap;
    int *table; // open-addressed index into syms, table_cap slots
    int table_cap;
    // Ordered names for the code object (filled by the second pass).
    const char **varnames; // parameters first, in order
    int nvarnames;
    const char **cellvars;
    int ncellvars;
    const char **freevars;
    int nfreevars;
    int argcount, posonlyargcount, kwonlyargcount;
    bool varargs, varkeywords;
    bool generator, coroutine;
    bool returns_value;      // `return x` seen (for async generators)
    bool needs_class_cell;   // class: a method uses __class__ or super
    bool needs_classdict;    // unused; kept for symmetry with CPython
    bool nested;             // inside a function
    bool comp_in_class;      // comprehension directly inside a class body
};

typedef struct SymTable {
    GiltArena *arena;
    Scope *top;
    // node -> scope map
    const void **keys;
    Scope **vals;
    int map_cap, map_n;
    const char *filename;
    AstError *err; // set on failure
    int depth;     // expression nesting, guarded against C stack overflow
    // PEP 563: annotations are text, and may not yield, await or bind.
    bool future_annotations;
    int in_annotation;
} SymTable;

// Analyse [mod], with `from __future__ import annotations` in effect when
// [future_annotations]. Returns false with *err filled (a SyntaxError) on
// failure.
bool gilt_symtable_build(SymTable *st, GiltArena *arena, AstMod *mod,
                         const char *filename, bool future_annotations,
                         AstError *err);
// The scope a function/lambda/class/comprehension node opened.
Scope *gilt_symtable_lookup(SymTable *st, const void *node);
// The symbol for [name] in [s], or NULL.
Symbol *gilt_scope_find(Scope *s, const char *name);
// [name] mangled for class [private_] (`__x` -> `_Class__x`); the name
// itself when no mangling applies. NULL when out of memory.
const char *gilt_mangle(GiltArena *a, const char *private_, const char *name);
// Index of [name] in one of the scope's ordered lists, or -1.
int gilt_scope_index(const char **list, int n, const char *name);

#endif
