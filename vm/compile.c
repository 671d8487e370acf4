/* compile.c - The compiler's frame: code units, instruction emission,
 * constants and names, name resolution to opcodes, fblocks, and the code
 * objects of functions, classes, lambdas and comprehensions.
 */
#include "compile.h"

#include <stdarg.h>
#include <stdio.h>

#include "../runtime/dict.h"
#include "../runtime/float.h"
#include "../runtime/int.h"
#include "../runtime/list.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "gc.h"

// ---- errors ----------------------------------------------------------------------

bool gilt_c_error(Compiler *c, AstLoc loc, const char *fmt, ...) {
    AstError *e = c->err;
    if (e->msg[0])
        return false;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->kind = AST_ERR_SYNTAX;
    e->lineno = loc.lineno;
    e->offset = loc.col_offset + 1;
    e->end_lineno = loc.end_lineno;
    e->end_offset = loc.end_col_offset + 1;
    e->text = NULL;
    return false;
}

bool gilt_c_nomem(Compiler *c) {
    if (!c->err->msg[0]) {
        c->err->kind = AST_ERR_NOMEM;
        snprintf(c->err->msg, sizeof c->err->msg, "out of memory");
    }
    return false;
}

// ---- emission --------------------------------------------------------------------

static bool grow(Compiler *c, void **arr, int *cap, int need, size_t size) {
    if (need <= *cap)
        return true;
    int n = *cap ? *cap * 2 : 64;
    while (n < need)
        n *= 2;
    void *p = realloc(*arr, (size_t)n * size);
    if (!p)
        return gilt_c_nomem(c);
    *arr = p;
    *cap = n;
    return true;
}

void gilt_c_set_loc(Compiler *c, AstLoc loc) {
    c->u->loc.line = loc.lineno;
    c->u->loc.end_line = loc.end_lineno;
    c->u->loc.col = loc.col_offset;
    c->u->loc.end_col = loc.end_col_offset;
}

bool gilt_c_emit(Compiler *c, int op, int arg) {
    Unit *u = c->u;
    if (!grow(c, (void **)&u->code, &u->code_cap, u->ncode + 1, sizeof(Instr)))
        return false;
    if (arg < 0 || arg > GILT_ARG_MAX)
        return gilt_c_error(c, (AstLoc){u->loc.line, u->loc.col, u->loc.end_line,
                                        u->loc.end_col},
                            "too many constants, names or instructions");
    Instr *i = &u->code[u->ncode++];
    i->op = (uint8_t)op;
    i->arg = arg;
    i->handler = u->handler;
    i->loc = u->loc;
    return true;
}

int gilt_c_new_label(Compiler *c) {
    Unit *u = c->u;
    if (!grow(c, (void **)&u->labels, &u->labels_cap, u->nlabels + 1, sizeof(int)))
        return -1;
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

bool gilt_c_place(Compiler *c, int label) {
    if (label < 0)
        return false;
    c->u->labels[label] = c->u->ncode;
    return true;
}

bool gilt_c_emit_jump(Compiler *c, int op, int label) {
    return label >= 0 && gilt_c_emit(c, op, label);
}

bool gilt_c_emit_cached(Compiler *c, int op, const char *name) {
    Unit *u = c->u;
    int n = gilt_c_name(c, name);
    if (n < 0 || !grow(c, (void **)&u->cache_names, &u->caches_cap,
                       u->ncaches + 1, sizeof(uint32_t)))
        return false;
    u->cache_names[u->ncaches] = (uint32_t)n;
    return gilt_c_emit(c, op, u->ncaches++);
}

// ---- handlers and fblocks ------------------------------------------------------------

bool gilt_c_setup(Compiler *c, int op, int label) {
    Unit *u = c->u;
    if (!grow(c, (void **)&u->handlers, &u->handlers_cap, u->nhandlers + 1,
              sizeof(Handler)))
        return false;
    Handler *h = &u->handlers[u->nhandlers];
    h->label = label;
    h->depth = -1;
    h->lasti = op != OP_SETUP_FINALLY;
    h->parent = u->handler;
    // The pseudo-instruction marks where the handler's depth is measured.
    if (!gilt_c_emit(c, op, u->nhandlers))
        return false;
    u->handler = u->nhandlers++;
    return true;
}

bool gilt_c_pop_block(Compiler *c) {
    Unit *u = c->u;
    if (u->handler >= 0)
        u->handler = u->handlers[u->handler].parent;
    return true;
}

bool gilt_c_push_fblock(Compiler *c, FBlockKind kind, int label, int exit,
                        const void *datum) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) {
        AstLoc l = {u->loc.line, u->loc.col, u->loc.end_line, u->loc.end_col};
        return gilt_c_error(c, l, "too many statically nested blocks");
    }
    FBlock *f = &u->fblocks[u->nfblocks++];
    f->kind = kind;
    f->label = label;
    f->exit = exit;
    f->datum = datum;
    f->handler = u->handler;
    f->loc = u->loc;
    return true;
}

void gilt_c_pop_fblock(Compiler *c) {
    c->u->nfblocks--;
}

// ---- constants and names ------------------------------------------------------------

static bool same_const(GiltThread *ts, Value a, Value b) {
    if (a == b)
        return true;
    if (!IS_OBJ(a) || !IS_OBJ(b))
        return false;
    GiltType *str = GILT_TYPE(ts, STR);
    return AS_OBJ(a)->type == str && AS_OBJ(b)->type == str &&
           gilt_str_eq(AS_STR(a), AS_STR(b));
}

int gilt_c_const(Compiler *c, Value v) {
    GiltList *l = c->u->consts;
    if (!v)
        return -1;
    size_t start = c->u->has_doc ? 1 : 0;
    for (size_t i = start; i < l->len; i++)
        if (same_const(c->ts, l->items[i], v))
            return (int)i;
    if (gilt_list_append(c->ts, l, v) < 0) {
        gilt_c_nomem(c);
        return -1;
    }
    return (int)l->len - 1;
}

bool gilt_c_load_const(Compiler *c, Value v) {
    int i = gilt_c_const(c, v);
    return i >= 0 && gilt_c_emit(c, OP_LOAD_CONST, i);
}

int gilt_c_name(Compiler *c, const char *name) {
    GiltStr *s = gilt_str_intern_cstr(c->ts, name);
    if (!s) {
        gilt_c_nomem(c);
        return -1;
    }
    GiltList *l = c->u->names;
    for (size_t i = 0; i < l->len; i++)
        if (AS_OBJ(l->items[i]) == &s->obj)
            return (int)i;
    if (gilt_list_append(c->ts, l, OBJ_VAL(s)) < 0) {
        gilt_c_nomem(c);
        return -1;
    }
    return (int)l->len - 1;
}

const char *gilt_c_mangle(Compiler *c, const char *name) {
    const char *m = gilt_mangle(c->arena, c->u->scope->private_, name);
    if (!m)
        gilt_c_nomem(c);
    return m;
}

// ---- name operations ------------------------------------------------------------------

static int deref_slot(Compiler *c, const char *name) {
    Scope *s = c->u->scope;
    int i = gilt_scope_index(s->cellvars, s->ncellvars, name);
    if (i < 0) {
        i = gilt_scope_index(s->freevars, s->nfreevars, name);
        if (i >= 0)
            i += s->ncellvars;
    }
    return i < 0 ? -1 : s->nvarnames + i;
}

static bool fast_scope(Scope *s) {
    return s->kind == SCOPE_FUNCTION || s->kind == SCOPE_COMPREHENSION;
}

static bool emit_named(Compiler *c, int op, const char *name) {
    if (op == OP_LOAD_GLOBAL || op == OP_STORE_GLOBAL)
        return gilt_c_emit_cached(c, op, name);
    int n = gilt_c_name(c, name);
    return n >= 0 && gilt_c_emit(c, op, n);
}

static const int name_ops[][3] = {
    {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME},
    {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL},
    {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST},
    {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
};

bool gilt_c_nameop(Compiler *c, const char *name, AstContext ctx) {
    Unit *u = c->u;
    Scope *s = u->scope;
    const char *m = gilt_c_mangle(c, name);
    if (!m)
        return false;
    if (ctx != AST_LOAD && !gilt_c_forbidden(c, name, ctx))
        return false;
    Symbol *sym = gilt_scope_find(s, m);
    SymScope sc = sym ? sym->scope : SYM_GLOBAL_IMPLICIT;
    int k = ctx == AST_LOAD ? 0 : ctx == AST_STORE ? 1 : 2;
    bool module = s->kind == SCOPE_MODULE;
    // Module code uses the cached global ops, unless it may run with
    // separate locals (exec/eval).
    int namekind = module && !u->name_ops ? 1 : 0;
    switch (sc) {
    case SYM_FREE:
    case SYM_CELL: {
        int slot = deref_slot(c, m);
        if (slot < 0)
            return gilt_c_nomem(c);
        int op = name_ops[3][k];
        if (k == 0 && s->kind == SCOPE_CLASS)
            op = OP_LOAD_CLASSDEREF;
        if (k == 0 && s->kind == SCOPE_CLASS && sym->scope == SYM_FREE &&
            !(sym->flags & DEF_FREE_CLASS) && false)
            op = OP_LOAD_DEREF;
        return gilt_c_emit(c, op, slot);
    }
    case SYM_LOCAL:
        if (fast_scope(s)) {
            int i = gilt_scope_index(s->varnames, s->nvarnames, m);
            return i >= 0 ? gilt_c_emit(c, name_ops[2][k], i) : gilt_c_nomem(c);
        }
        return emit_named(c, name_ops[namekind][k], m);
    case SYM_GLOBAL_EXPLICIT:
        return emit_named(c, name_ops[1][k], m);
    case SYM_GLOBAL_IMPLICIT:
        if (fast_scope(s))
            return emit_named(c, name_ops[1][k], m);
        return emit_named(c, name_ops[namekind][k], m);
    }
    return false;
}

// ---- units ---------------------------------------------------------------------------------

static Unit *unit_enter(Compiler *c, Scope *scope, int firstlineno) {
    Unit *u = calloc(1, sizeof *u);
    if (!u) {
        gilt_c_nomem(c);
        return NULL;
    }
    u->parent = c->u;
    u->scope = scope;
    u->handler = -1;
    u->firstlineno = firstlineno;
    u->loc.line = u->loc.end_line = firstlineno;
    u->loc.col = u->loc.end_col = -1;
    u->consts = gilt_list_new(c->ts, 0);
    u->names = gilt_list_new(c->ts, 0);
    if (!u->consts || !u->names) {
        free(u);
        gilt_c_nomem(c);
        return NULL;
    }
    u->name_ops = (c->flags & GILT_COMPILE_NAME_OPS) && scope->kind == SCOPE_MODULE;
    c->u = u;
    return u;
}

static void unit_free(Unit *u) {
    free(u->code);
    free(u->labels);
    free(u->handlers);
    free(u->cache_names);
    free(u);
}

static GiltCode *unit_leave(Compiler *c) {
    Unit *u = c->u;
    GiltCode *code = gilt_c_assemble(c, u);
    c->u = u->parent;
    unit_free(u);
    return code;
}

static void unit_abort(Compiler *c) {
    Unit *u = c->u;
    c->u = u->parent;
    unit_free(u);
}

// Does [body] annotate a name, also inside nested blocks but not in
// nested scopes (CPython's find_ann)? Then it needs __annotations__.
static bool has_annotations(AstStmtSeq *body) {
    for (int i = 0; i < body->n; i++) {
        AstStmt *s = body->items[i];
        bool found = false;
        switch (s->kind) {
        case AST_ANNASSIGN:
            return true;
        case AST_FOR:
        case AST_ASYNCFOR:
            found = has_annotations(&s->v.for_.body) ||
                    has_annotations(&s->v.for_.orelse);
            break;
        case AST_WHILE:
        case AST_IF:
            found = has_annotations(&s->v.cond.body) ||
                    has_annotations(&s->v.cond.orelse);
            break;
        case AST_WITH:
        case AST_ASYNCWITH:
            found = has_annotations(&s->v.with.body);
            break;
        case AST_TRY:
            found = has_annotations(&s->v.try_.body) ||
                    has_annotations(&s->v.try_.orelse) ||
                    has_annotations(&s->v.try_.finalbody);
            for (int h = 0; !found && h < s->v.try_.handlers.n; h++)
                found = has_annotations(&s->v.try_.handlers.items[h]->body);
            break;
        default:
            break;
        }
        if (found)
            return true;
    }
    return false;
}

// A docstring: the first statement is a string constant expression.
static AstExpr *docstring(AstStmtSeq *body) {
    if (body->n == 0 || body->items[0]->kind != AST_EXPR)
        return NULL;
    AstExpr *e = body->items[0]->v.expr.value;
    if (e->kind == AST_CONSTANT && e->v.constant.kind == AST_CONST_STR)
        return e;
    return NULL;
}

static bool set_doc(Compiler *c, AstStmtSeq *body) {
    AstExpr *d = docstring(body);
    if (!d)
        return true;
    Value v = gilt_c_constant_value(c, &d->v.constant);
    if (!v || gilt_list_append(c->ts, c->u->consts, v) < 0)
        return gilt_c_nomem(c);
    c->u->has_doc = true;
    return true;
}

// The statements of a body, skipping a leading docstring.
static bool body_without_doc(Compiler *c, AstStmtSeq *body) {
    AstStmtSeq rest = *body;
    if (docstring(body)) {
        rest.n--;
        rest.items++;
    }
    return gilt_c_stmts(c, &rest);
}

static bool ends_with_return(AstStmtSeq *body) {
    return body->n && body->items[body->n - 1]->kind == AST_RETURN;
}

// ---- closures ------------------------------------------------------------------------------

bool gilt_c_make_closure(Compiler *c, GiltCode *code, int flags) {
    GiltTuple *free = code->freevars;
    if (free->len) {
        for (size_t i = 0; i < free->len; i++) {
            // The closure takes the parent's cell (or free cell) by name.
            int slot = deref_slot(c, AS_STR(free->items[i])->data);
            if (slot < 0)
                return gilt_c_nomem(c);
            if (!gilt_c_emit(c, OP_LOAD_CLOSURE, slot))
                return false;
        }
        if (!gilt_c_emit(c, OP_BUILD_TUPLE, (int)free->len))
            return false;
        flags |= GILT_MF_CLOSURE;
    }
    return gilt_c_load_const(c, OBJ_VAL(code)) &&
           gilt_c_emit(c, OP_MAKE_FUNCTION, flags);
}

// Defaults tuple and keyword-only defaults dict; returns MAKE_FUNCTION flags
// or -1.
static int compile_defaults(Compiler *c, AstArguments *a) {
    int flags = 0;
    if (a->defaults.n) {
        for (int i = 0; i < a->defaults.n; i++)
            if (!gilt_c_expr(c, a->defaults.items[i]))
                return -1;
        if (!gilt_c_emit(c, OP_BUILD_TUPLE, a->defaults.n))
            return -1;
        flags |= GILT_MF_DEFAULTS;
    }
    int nkw = 0;
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        AstExpr *d = a->kw_defaults.items[i];
        if (!d)
            continue;
        const char *m = gilt_c_mangle(c, a->kwonlyargs.items[i]->arg);
        Value name = m ? gilt_str_from_cstr(c->ts, m) : VAL_NULL;
        if (!name || !gilt_c_load_const(c, name) || !gilt_c_expr(c, d))
            return -1;
        nkw++;
    }
    if (nkw) {
        if (!gilt_c_emit(c, OP_BUILD_MAP, nkw))
            return -1;
        flags |= GILT_MF_KWDEFAULTS;
    }
    return flags;
}

static bool annotation_entry(Compiler *c, const char *name, AstExpr *ann,
                             int *n) {
    if (!ann)
        return true;
    const char *m = gilt_c_mangle(c, name);
    Value k = m ? gilt_str_from_cstr(c->ts, m) : VAL_NULL;
    if (!k || !gilt_c_load_const(c, k) || !gilt_c_annotation(c, ann))
        return false;
    (*n)++;
    return true;
}

// __annotations__ of a def, evaluated at definition time (strings under
// PEP 563).
static int compile_annotations(Compiler *c, AstArguments *a, AstExpr *returns) {
    int n = 0;
    AstArgSeq *groups[] = {&a->posonlyargs, &a->args};
    for (int g = 0; g < 2; g++)
        for (int i = 0; i < groups[g]->n; i++)
            if (!annotation_entry(c, groups[g]->items[i]->arg,
                                  groups[g]->items[i]->annotation, &n))
                return -1;
    if (a->vararg && !annotation_entry(c, a->vararg->arg, a->vararg->annotation, &n))
        return -1;
    for (int i = 0; i < a->kwonlyargs.n; i++)
        if (!annotation_entry(c, a->kwonlyargs.items[i]->arg,
                              a->kwonlyargs.items[i]->annotation, &n))
            return -1;
    if (a->kwarg && !annotation_entry(c, a->kwarg->arg, a->kwarg->annotation, &n))
        return -1;
    if (!annotation_entry(c, "return", returns, &n))
        return -1;
    if (!n)
        return 0;
    return gilt_c_emit(c, OP_BUILD_MAP, n) ? GILT_MF_ANNOTATIONS : -1;
}

static bool apply_decorators(Compiler *c, AstExprSeq *decos) {
    for (int i = decos->n - 1; i >= 0; i--)
        if (!gilt_c_emit(c, OP_CALL, 1))
            return false;
    return true;
}

static bool compile_decorators(Compiler *c, AstExprSeq *decos) {
    for (int i = 0; i < decos->n; i++)
        if (!gilt_c_expr(c, decos->items[i]))
            return false;
    return true;
}

bool gilt_c_function(Compiler *c, AstStmt *def) {
    Scope *scope = gilt_symtable_lookup(&c->st, def);
    AstArguments *args = def->v.funcdef.args;
    int firstline = def->loc.lineno;
    if (def->v.funcdef.decorator_list.n)
        firstline = def->v.funcdef.decorator_list.items[0]->loc.lineno;
    if (!gilt_c_forbidden_args(c, args) ||
        !compile_decorators(c, &def->v.funcdef.decorator_list))
        return false;
    int flags = compile_defaults(c, args);
    int ann = flags < 0 ? -1 : compile_annotations(c, args, def->v.funcdef.returns);
    if (ann < 0)
        return false;
    flags |= ann;
    if (!unit_enter(c, scope, firstline))
        return false;
    AstStmtSeq *body = &def->v.funcdef.body;
    bool ok = set_doc(c, body) && body_without_doc(c, body);
    if (ok && !ends_with_return(body)) {
        c->u->loc.col = -1;
        ok = gilt_c_load_const(c, VAL_NONE) && gilt_c_emit(c, OP_RETURN_VALUE, 0);
    }
    if (!ok) {
        unit_abort(c);
        return false;
    }
    GiltCode *code = unit_leave(c);
    gilt_c_set_loc(c, def->loc);
    return code && gilt_c_make_closure(c, code, flags) &&
           apply_decorators(c, &def->v.funcdef.decorator_list) &&
           gilt_c_nameop(c, def->v.funcdef.name, AST_STORE);
}

bool gilt_c_lambda(Compiler *c, AstExpr *e) {
    Scope *scope = gilt_symtable_lookup(&c->st, e);
    if (!gilt_c_forbidden_args(c, e->v.lambda.args))
        return false;
    int flags = compile_defaults(c, e->v.lambda.args);
    if (flags < 0 || !unit_enter(c, scope, e->loc.lineno))
        return false;
    // The docstring slot of a lambda is never a docstring.
    gilt_c_set_loc(c, e->v.lambda.body->loc);
    bool ok = gilt_c_expr(c, e->v.lambda.body) &&
              gilt_c_emit(c, OP_RETURN_VALUE, 0);
    if (!ok) {
        unit_abort(c);
        return false;
    }
    GiltCode *code = unit_leave(c);
    gilt_c_set_loc(c, e->loc);
    return code && gilt_c_make_closure(c, code, flags);
}

// ---- classes -------------------------------------------------------------------------------

static bool class_body(Compiler *c, AstStmt *def) {
    Scope *s = c->u->scope;
    // __module__ = __name__; __qualname__ = '...'
    Value q = gilt_str_from_cstr(c->ts, s->qualname);
    if (!gilt_c_emit(c, OP_LOAD_NAME, gilt_c_name(c, "__name__")) ||
        !gilt_c_emit(c, OP_STORE_NAME, gilt_c_name(c, "__module__")) || !q ||
        !gilt_c_load_const(c, q) ||
        !gilt_c_emit(c, OP_STORE_NAME, gilt_c_name(c, "__qualname__")))
        return false;
    AstStmtSeq *body = &def->v.classdef.body;
    AstExpr *doc = docstring(body);
    if (doc) {
        gilt_c_set_loc(c, doc->loc);
        if (!gilt_c_load_const(c, gilt_c_constant_value(c, &doc->v.constant)) ||
            !gilt_c_emit(c, OP_STORE_NAME, gilt_c_name(c, "__doc__")))
            return false;
    }
    if (has_annotations(body) && !gilt_c_emit(c, OP_SETUP_ANNOTATIONS, 0))
        return false;
    if (!body_without_doc(c, body))
        return false;
    c->u->loc.col = -1;
    if (s->needs_class_cell) {
        int slot = deref_slot(c, "__class__");
        return gilt_c_emit(c, OP_LOAD_CLOSURE, slot) &&
               gilt_c_emit(c, OP_COPY, 1) &&
               gilt_c_emit(c, OP_STORE_NAME, gilt_c_name(c, "__classcell__")) &&
               gilt_c_emit(c, OP_RETURN_VALUE, 0);
    }
    return gilt_c_load_const(c, VAL_NONE) && gilt_c_emit(c, OP_RETURN_VALUE, 0);
}

bool gilt_c_class(Compiler *c, AstStmt *def) {
    Scope *scope = gilt_symtable_lookup(&c->st, def);
    int firstline = def->loc.lineno;
    if (def->v.classdef.decorator_list.n)
        firstline = def->v.classdef.decorator_list.items[0]->loc.lineno;
    if (!compile_decorators(c, &def->v.classdef.decorator_list) ||
        !unit_enter(c, scope, firstline))
        return false;
    if (!class_body(c, def)) {
        unit_abort(c);
        return false;
    }
    GiltCode *code = unit_leave(c);
    if (!code)
        return false;
    gilt_c_set_loc(c, def->loc);
    Value name = gilt_str_from_cstr(c->ts, def->v.classdef.name);
    if (!gilt_c_emit(c, OP_LOAD_BUILD_CLASS, 0) ||
        !gilt_c_make_closure(c, code, 0) || !name || !gilt_c_load_const(c, name))
        return false;
    if (!gilt_c_call_helper(c, 2, &def->v.classdef.bases,
                            &def->v.classdef.keywords, false))
        return false;
    return apply_decorators(c, &def->v.classdef.decorator_list) &&
           gilt_c_nameop(c, def->v.classdef.name, AST_STORE);
}

// ---- comprehensions ------------------------------------------------------------------------

static bool comp_generator(Compiler *c, AstExpr *e, AstComprehensionSeq *gens,
                           int gen_index, int depth);

static bool comp_element(Compiler *c, AstExpr *e, int depth) {
    switch (e->kind) {
    case AST_LISTCOMP:
        return gilt_c_expr(c, e->v.comp.elt) &&
               gilt_c_emit(c, OP_LIST_APPEND, depth + 1);
    case AST_SETCOMP:
        return gilt_c_expr(c, e->v.comp.elt) &&
               gilt_c_emit(c, OP_SET_ADD, depth + 1);
    case AST_DICTCOMP:
        return gilt_c_expr(c, e->v.dictcomp.key) &&
               gilt_c_expr(c, e->v.dictcomp.value) &&
               gilt_c_emit(c, OP_MAP_ADD, depth + 1);
    default:
        return gilt_c_expr(c, e->v.comp.elt) &&
               gilt_c_emit(c, OP_YIELD_VALUE, 0) &&
               gilt_c_emit(c, OP_POP_TOP, 0);
    }
}

static bool comp_next(Compiler *c, AstExpr *e, AstComprehensionSeq *gens,
                      int gen_index, int depth) {
    return gen_index + 1 < gens->n
               ? comp_generator(c, e, gens, gen_index + 1, depth + 1)
               : comp_element(c, e, depth + 1);
}

// `async for` clause: anext() awaited inside a handler whose
// StopAsyncIteration (END_ASYNC_FOR) ends the loop.
static bool comp_async_generator(Compiler *c, AstExpr *e,
                                 AstComprehensionSeq *gens, int gen_index,
                                 int depth) {
    AstComprehension *g = gens->items[gen_index];
    int start = gilt_c_new_label(c), except = gilt_c_new_label(c);
    if (gen_index == 0) {
        if (!gilt_c_emit(c, OP_LOAD_FAST, 0))
            return false;
    } else if (!gilt_c_expr(c, g->iter) || !gilt_c_emit(c, OP_GET_AITER, 0)) {
        return false;
    }
    int outer = c->u->handler;
    if (!gilt_c_place(c, start) || !gilt_c_setup(c, OP_SETUP_FINALLY, except) ||
        !gilt_c_emit(c, OP_GET_ANEXT, 0) || !gilt_c_send_loop(c))
        return false;
    gilt_c_pop_block(c);
    if (!gilt_c_store(c, g->target))
        return false;
    for (int i = 0; i < g->ifs.n; i++)
        if (!gilt_c_jump_if(c, g->ifs.items[i], start, false))
            return false;
    if (!comp_next(c, e, gens, gen_index, depth) ||
        !gilt_c_emit_jump(c, OP_JUMP_BACKWARD, start))
        return false;
    c->u->handler = outer;
    return gilt_c_place(c, except) && gilt_c_emit(c, OP_END_ASYNC_FOR, 0);
}

// One `for` clause: iterate, bind, filter, then the next clause or the
// element. [depth] counts the iterators below the current one.
static bool comp_generator(Compiler *c, AstExpr *e, AstComprehensionSeq *gens,
                           int gen_index, int depth) {
    AstComprehension *g = gens->items[gen_index];
    if (g->is_async)
        return comp_async_generator(c, e, gens, gen_index, depth);
    int start = gilt_c_new_label(c), anchor = gilt_c_new_label(c);
    if (gen_index == 0) {
        if (!gilt_c_emit(c, OP_LOAD_FAST, 0))
            return false;
    } else {
        gilt_c_set_loc(c, g->iter->loc);
        if (!gilt_c_expr(c, g->iter) ||
            !gilt_c_emit(c, g->is_async ? OP_GET_AITER : OP_GET_ITER, 0))
            return false;
    }
    if (!gilt_c_place(c, start) || !gilt_c_emit_jump(c, OP_FOR_ITER, anchor) ||
        !gilt_c_store(c, g->target))
        return false;
    for (int i = 0; i < g->ifs.n; i++)
        if (!gilt_c_jump_if(c, g->ifs.items[i], start, false))
            return false;
    return comp_next(c, e, gens, gen_index, depth) &&
           gilt_c_emit_jump(c, OP_JUMP_BACKWARD, start) &&
           gilt_c_place(c, anchor);
}

bool gilt_c_comprehension(Compiler *c, AstExpr *e) {
    Scope *scope = gilt_symtable_lookup(&c->st, e);
    AstComprehensionSeq *gens = e->kind == AST_DICTCOMP
                                    ? &e->v.dictcomp.generators
                                    : &e->v.comp.generators;
    if (!unit_enter(c, scope, e->loc.lineno))
        return false;
    gilt_c_set_loc(c, e->loc);
    int build = e->kind == AST_LISTCOMP   ? OP_BUILD_LIST
                : e->kind == AST_SETCOMP  ? OP_BUILD_SET
                : e->kind == AST_DICTCOMP ? OP_BUILD_MAP
                                          : -1;
    bool ok = (build < 0 || gilt_c_emit(c, build, 0)) &&
              comp_generator(c, e, gens, 0, 0);
    gilt_c_set_loc(c, e->loc);
    if (ok && build < 0)
        ok = gilt_c_load_const(c, VAL_NONE);
    ok = ok && gilt_c_emit(c, OP_RETURN_VALUE, 0);
    if (!ok) {
        unit_abort(c);
        return false;
    }
    GiltCode *code = unit_leave(c);
    AstComprehension *first = gens->items[0];
    if (!code || !gilt_c_make_closure(c, code, 0) ||
        !gilt_c_expr(c, first->iter) ||
        !gilt_c_emit(c, first->is_async ? OP_GET_AITER : OP_GET_ITER, 0) ||
        !gilt_c_emit(c, OP_CALL, 1))
        return false;
    // An async list/set/dict comprehension is a coroutine: await it here.
    if (scope->coroutine && e->kind != AST_GENERATOREXP)
        return gilt_c_emit(c, OP_GET_AWAITABLE, 0) && gilt_c_send_loop(c);
    return true;
}

// ---- modules and the entry point --------------------------------------------------------



static bool module_body(Compiler *c, AstMod *mod) {
    if (mod->mode == AST_MODE_EVAL) {
        gilt_c_set_loc(c, mod->expr->loc);
        return gilt_c_expr(c, mod->expr) && gilt_c_emit(c, OP_RETURN_VALUE, 0);
    }
    AstExpr *doc = mod->mode == AST_MODE_FILE ? docstring(&mod->body) : NULL;
    if (doc) {
        gilt_c_set_loc(c, doc->loc);
        if (!gilt_c_load_const(c, gilt_c_constant_value(c, &doc->v.constant)) ||
            !gilt_c_nameop(c, "__doc__", AST_STORE))
            return false;
    }
    if (has_annotations(&mod->body) && !gilt_c_emit(c, OP_SETUP_ANNOTATIONS, 0))
        return false;
    bool ok = doc ? body_without_doc(c, &mod->body) : gilt_c_stmts(c, &mod->body);
    c->u->loc.col = -1;
    return ok && gilt_c_load_const(c, VAL_NONE) &&
           gilt_c_emit(c, OP_RETURN_VALUE, 0);
}

static GiltCode *compile_mod(Compiler *c, AstMod *mod) {
    if (!gilt_c_future(c, mod) ||
        !gilt_symtable_build(&c->st, c->arena, mod, c->cfilename,
                             c->future & GILT_FUTURE_ANNOTATIONS, c->err))
        return NULL;
    if (!unit_enter(c, c->st.top, 1))
        return NULL;
    if (!module_body(c, mod)) {
        unit_abort(c);
        return NULL;
    }
    return unit_leave(c);
}

GiltCode *gilt_compile(GiltThread *ts, const char *source, size_t size,
                       const char *filename, AstMode mode, int flags) {
    GiltArena arena;
    gilt_arena_init(&arena);
    AstError err;
    memset(&err, 0, sizeof err);
    Compiler c;
    memset(&c, 0, sizeof c);
    c.ts = ts;
    c.arena = &arena;
    c.err = &err;
    c.cfilename = filename;
    c.flags = flags;
    if (flags & GILT_COMPILE_FUTURE_ANNOTATIONS)
        c.future |= GILT_FUTURE_ANNOTATIONS;
    c.interactive = mode == AST_MODE_SINGLE;
    GiltCode *code = NULL;
    c.filename = gilt_str_intern_cstr(ts, filename);
    AstMod *mod = c.filename ? gilt_parse(&arena, source, size, filename, mode, &err)
                             : NULL;
    if (mod)
        code = compile_mod(&c, mod);
    if (!code && !ts->exc)
        gilt_raise_syntax_error(ts, &err, filename, source, size);
    gilt_arena_fini(&arena);
    return code;
}

// ---- SyntaxError ---------------------------------------------------------------------

// Line [lineno] of [source] with its newline, for SyntaxError.text.
static Value source_line(GiltThread *ts, const char *source, size_t size,
                         int lineno) {
    const char *p = source, *end = source + size;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return VAL_NONE;
        p = nl + 1;
    }
    if (p >= end && lineno > 1)
        return VAL_NONE;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
    Value s = gilt_str_decode_utf8(ts, p, n, "replace");
    if (!s)
        gilt_exc_clear(ts);
    return s ? s : VAL_NONE;
}

void gilt_raise_syntax_error(GiltThread *ts, const AstError *err,
                             const char *filename, const char *source,
                             size_t size) {
    if (err->kind == AST_ERR_NOMEM) {
        gilt_raise_nomem(ts);
        return;
    }
    if (err->kind == AST_ERR_RECURSION) {
        gilt_raise(ts, GILT_EXC_RECURSION_ERROR, "%s", err->msg);
        return;
    }
    GiltExcId id = err->kind == AST_ERR_INDENTATION ? GILT_EXC_INDENTATION_ERROR
                   : err->kind == AST_ERR_TAB       ? GILT_EXC_TAB_ERROR
                                                    : GILT_EXC_SYNTAX_ERROR;
    Value text = err->text ? gilt_str_decode_utf8(ts, err->text, strlen(err->text),
                                                  "replace")
                           : source_line(ts, source, size, err->lineno);
    Value msg = gilt_str_from_cstr(ts, err->msg[0] ? err->msg : "invalid syntax");
    Value fn = gilt_str_from_cstr(ts, filename);
    if (!text || !msg || !fn)
        return;
    Value detail = gilt_tuple_pack(
        ts, 6, fn, INT_VAL(err->lineno), INT_VAL(err->offset), text,
        err->end_lineno ? INT_VAL(err->end_lineno) : VAL_NONE,
        err->end_offset ? INT_VAL(err->end_offset) : VAL_NONE);
    Value args = detail ? gilt_tuple_pack(ts, 2, msg, detail) : VAL_NULL;
    if (!args)
        return;
    GiltException *e = gilt_exc_new(ts, gilt_exc_type(ts, id), args);
    if (e)
        gilt_raise_obj(ts, OBJ_VAL(e));
}
