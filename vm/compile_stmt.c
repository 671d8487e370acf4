/* compile_stmt.c - Statements: assignment forms, control flow, loops,
 * try/except/finally and with (in CPython 3.11's code shapes), imports,
 * and the unwinding that break/continue/return do through open blocks.
 */
#include <string.h>

#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "compile.h"

static bool set_handler(Compiler *c, int h) {
    c->u->handler = h;
    return true;
}

// ---- unwinding ------------------------------------------------------------------------

static bool call_exit_with_nones(Compiler *c) {
    return gilt_c_load_const(c, VAL_NONE) && gilt_c_load_const(c, VAL_NONE) &&
           gilt_c_load_const(c, VAL_NONE) && gilt_c_emit(c, OP_CALL, 3);
}

static bool clear_name(Compiler *c, const char *name) {
    return gilt_c_load_const(c, VAL_NONE) && gilt_c_nameop(c, name, AST_STORE) &&
           gilt_c_nameop(c, name, AST_DEL);
}

bool gilt_c_unwind_fblock(Compiler *c, FBlock *f, bool preserve_tos) {
    set_handler(c, f->handler);
    switch (f->kind) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
    case FB_ASYNC_COMPREHENSION_GENERATOR:
    case FB_TRY_EXCEPT:
        return true;
    case FB_FOR_LOOP:
    case FB_POP_VALUE:
        return (!preserve_tos || gilt_c_emit(c, OP_SWAP, 2)) &&
               gilt_c_emit(c, OP_POP_TOP, 0);
    case FB_FINALLY_TRY: {
        if (preserve_tos &&
            !gilt_c_push_fblock(c, FB_POP_VALUE, -1, -1, NULL))
            return false;
        bool ok = gilt_c_stmts(c, (AstStmtSeq *)f->datum);
        if (preserve_tos)
            gilt_c_pop_fblock(c);
        return ok;
    }
    case FB_FINALLY_END:
        return (!preserve_tos || gilt_c_emit(c, OP_SWAP, 2)) &&
               gilt_c_emit(c, OP_POP_TOP, 0) &&
               (!preserve_tos || gilt_c_emit(c, OP_SWAP, 2)) &&
               gilt_c_emit(c, OP_POP_EXCEPT, 0);
    case FB_WITH:
    case FB_ASYNC_WITH:
        if (preserve_tos && !gilt_c_emit(c, OP_SWAP, 2))
            return false;
        if (!call_exit_with_nones(c))
            return false;
        if (f->kind == FB_ASYNC_WITH &&
            (!gilt_c_emit(c, OP_GET_AWAITABLE, 2) || !gilt_c_send_loop(c)))
            return false;
        return gilt_c_emit(c, OP_POP_TOP, 0);
    case FB_HANDLER_CLEANUP:
        if ((preserve_tos && !gilt_c_emit(c, OP_SWAP, 2)) ||
            !gilt_c_emit(c, OP_POP_EXCEPT, 0))
            return false;
        return !f->datum || clear_name(c, (const char *)f->datum);
    }
    return true;
}

// Unwind every block up to the innermost loop (break/continue, [loop]
// non-NULL) or all of them (return). The blocks are restored afterwards:
// the code after a jump still belongs to them.
static bool unwind_stack(Compiler *c, bool preserve_tos, FBlock **loop) {
    Unit *u = c->u;
    if (u->nfblocks == 0)
        return true;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (loop && (top->kind == FB_WHILE_LOOP || top->kind == FB_FOR_LOOP)) {
        *loop = top;
        return true;
    }
    FBlock copy = *top;
    u->nfblocks--;
    bool ok = gilt_c_unwind_fblock(c, &copy, preserve_tos) &&
              unwind_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks++] = copy;
    return ok;
}

static bool compile_return(Compiler *c, AstStmt *s) {
    AstExpr *v = s->v.ret.value;
    if (v && c->u->scope->coroutine && c->u->scope->generator)
        return gilt_c_error(c, s->loc, "'return' with value in async generator");
    bool preserve = v && v->kind != AST_CONSTANT;
    if (preserve && !gilt_c_expr(c, v))
        return false;
    int handler = c->u->handler;
    if (!unwind_stack(c, preserve, NULL))
        return false;
    gilt_c_set_loc(c, s->loc);
    if (!preserve) {
        Value k = v ? gilt_c_constant_value(c, &v->v.constant) : VAL_NONE;
        if (!k || !gilt_c_load_const(c, k))
            return false;
    }
    bool ok = gilt_c_emit(c, OP_RETURN_VALUE, 0);
    c->u->handler = handler;
    return ok;
}

static bool compile_break(Compiler *c, AstStmt *s, bool is_continue) {
    FBlock *loop = NULL;
    int handler = c->u->handler;
    if (!unwind_stack(c, false, &loop)) {
        c->u->handler = handler;
        return false;
    }
    if (!loop)
        return gilt_c_error(c, s->loc, is_continue
                                           ? "'continue' not properly in loop"
                                           : "'break' outside loop");
    if (!is_continue && !gilt_c_unwind_fblock(c, loop, false))
        return false;
    bool ok = gilt_c_emit_jump(c, is_continue ? OP_JUMP_BACKWARD : OP_JUMP,
                               is_continue ? loop->label : loop->exit);
    c->u->handler = handler;
    return ok;
}

// ---- control flow ------------------------------------------------------------------------

static bool compile_if(Compiler *c, AstStmt *s) {
    int next = gilt_c_new_label(c), end = gilt_c_new_label(c);
    if (!gilt_c_jump_if(c, s->v.cond.test, next, false) ||
        !gilt_c_stmts(c, &s->v.cond.body))
        return false;
    if (s->v.cond.orelse.n) {
        gilt_c_set_loc(c, s->loc);
        c->u->loc.col = -1;
        if (!gilt_c_emit_jump(c, OP_JUMP, end) || !gilt_c_place(c, next) ||
            !gilt_c_stmts(c, &s->v.cond.orelse))
            return false;
        return gilt_c_place(c, end);
    }
    return gilt_c_place(c, next) && gilt_c_place(c, end);
}

static bool compile_while(Compiler *c, AstStmt *s) {
    int loop = gilt_c_new_label(c), orelse = gilt_c_new_label(c),
        end = gilt_c_new_label(c);
    if (!gilt_c_place(c, loop) ||
        !gilt_c_jump_if(c, s->v.cond.test, orelse, false) ||
        !gilt_c_push_fblock(c, FB_WHILE_LOOP, loop, end, NULL) ||
        !gilt_c_stmts(c, &s->v.cond.body))
        return false;
    gilt_c_pop_fblock(c);
    gilt_c_set_loc(c, s->v.cond.test->loc);
    return gilt_c_emit_jump(c, OP_JUMP_BACKWARD, loop) &&
           gilt_c_place(c, orelse) && gilt_c_stmts(c, &s->v.cond.orelse) &&
           gilt_c_place(c, end);
}

static bool compile_for(Compiler *c, AstStmt *s) {
    int start = gilt_c_new_label(c), cleanup = gilt_c_new_label(c),
        end = gilt_c_new_label(c);
    if (!gilt_c_expr(c, s->v.for_.iter))
        return false;
    gilt_c_set_loc(c, s->v.for_.iter->loc);
    if (!gilt_c_emit(c, OP_GET_ITER, 0) || !gilt_c_place(c, start) ||
        !gilt_c_emit_jump(c, OP_FOR_ITER, cleanup) ||
        !gilt_c_push_fblock(c, FB_FOR_LOOP, start, end, NULL) ||
        !gilt_c_store(c, s->v.for_.target) || !gilt_c_stmts(c, &s->v.for_.body))
        return false;
    gilt_c_pop_fblock(c);
    gilt_c_set_loc(c, s->v.for_.target->loc);
    return gilt_c_emit_jump(c, OP_JUMP_BACKWARD, start) &&
           gilt_c_place(c, cleanup) && gilt_c_stmts(c, &s->v.for_.orelse) &&
           gilt_c_place(c, end);
}

static bool compile_async_for(Compiler *c, AstStmt *s) {
    int start = gilt_c_new_label(c), except = gilt_c_new_label(c),
        end = gilt_c_new_label(c);
    if (!gilt_c_expr(c, s->v.for_.iter) || !gilt_c_emit(c, OP_GET_AITER, 0) ||
        !gilt_c_place(c, start))
        return false;
    int outer = c->u->handler;
    if (!gilt_c_setup(c, OP_SETUP_FINALLY, except) ||
        !gilt_c_emit(c, OP_GET_ANEXT, 0) || !gilt_c_send_loop(c))
        return false;
    gilt_c_pop_block(c);
    if (!gilt_c_push_fblock(c, FB_FOR_LOOP, start, end, NULL) ||
        !gilt_c_store(c, s->v.for_.target) || !gilt_c_stmts(c, &s->v.for_.body))
        return false;
    gilt_c_pop_fblock(c);
    set_handler(c, outer);
    return gilt_c_emit_jump(c, OP_JUMP_BACKWARD, start) &&
           gilt_c_place(c, except) && gilt_c_emit(c, OP_END_ASYNC_FOR, 0) &&
           gilt_c_stmts(c, &s->v.for_.orelse) && gilt_c_place(c, end);
}

// ---- try -----------------------------------------------------------------------------------

// COPY 3; POP_EXCEPT; RERAISE 1: restore the outer exc_info, re-raise.
static bool pop_except_and_reraise(Compiler *c) {
    return gilt_c_emit(c, OP_COPY, 3) && gilt_c_emit(c, OP_POP_EXCEPT, 0) &&
           gilt_c_emit(c, OP_RERAISE, 1);
}

static bool named_handler(Compiler *c, AstExceptHandler *h, int end,
                          int cleanup_h) {
    int cleanup_end = gilt_c_new_label(c);
    if (!gilt_c_nameop(c, h->name, AST_STORE) ||
        !gilt_c_setup(c, OP_SETUP_CLEANUP, cleanup_end))
        return false;
    if (!gilt_c_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, h->name))
        return false;
    c->u->fblocks[c->u->nfblocks - 1].handler = c->u->handlers[cleanup_h].parent;
    if (!gilt_c_stmts(c, &h->body))
        return false;
    gilt_c_pop_fblock(c);
    c->u->loc.col = -1;
    set_handler(c, c->u->handlers[cleanup_h].parent);
    if (!gilt_c_emit(c, OP_POP_EXCEPT, 0) || !clear_name(c, h->name) ||
        !gilt_c_emit_jump(c, OP_JUMP, end))
        return false;
    set_handler(c, cleanup_h);
    return gilt_c_place(c, cleanup_end) && clear_name(c, h->name) &&
           gilt_c_emit(c, OP_RERAISE, 1);
}

static bool plain_handler(Compiler *c, AstExceptHandler *h, int end,
                          int cleanup_h) {
    if (!gilt_c_emit(c, OP_POP_TOP, 0) ||
        !gilt_c_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, NULL))
        return false;
    c->u->fblocks[c->u->nfblocks - 1].handler = c->u->handlers[cleanup_h].parent;
    if (!gilt_c_stmts(c, &h->body))
        return false;
    gilt_c_pop_fblock(c);
    c->u->loc.col = -1;
    set_handler(c, c->u->handlers[cleanup_h].parent);
    return gilt_c_emit(c, OP_POP_EXCEPT, 0) && gilt_c_emit_jump(c, OP_JUMP, end);
}

static bool try_except(Compiler *c, AstStmt *s) {
    AstExceptHandlerSeq *hs = &s->v.try_.handlers;
    int except = gilt_c_new_label(c), end = gilt_c_new_label(c),
        cleanup = gilt_c_new_label(c);
    int outer = c->u->handler;
    if (!gilt_c_setup(c, OP_SETUP_FINALLY, except) ||
        !gilt_c_push_fblock(c, FB_TRY_EXCEPT, -1, -1, NULL))
        return false;
    c->u->fblocks[c->u->nfblocks - 1].handler = outer;
    if (!gilt_c_stmts(c, &s->v.try_.body))
        return false;
    gilt_c_pop_fblock(c);
    set_handler(c, outer);
    c->u->loc.col = -1;
    if (!gilt_c_stmts(c, &s->v.try_.orelse) || !gilt_c_emit_jump(c, OP_JUMP, end) ||
        !gilt_c_place(c, except) || !gilt_c_setup(c, OP_SETUP_CLEANUP, cleanup))
        return false;
    int cleanup_h = c->u->handler;
    if (!gilt_c_emit(c, OP_PUSH_EXC_INFO, 0) ||
        !gilt_c_push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, NULL))
        return false;
    c->u->fblocks[c->u->nfblocks - 1].handler = outer;
    for (int i = 0; i < hs->n; i++) {
        AstExceptHandler *h = hs->items[i];
        gilt_c_set_loc(c, h->loc);
        if (!h->type && i < hs->n - 1)
            return gilt_c_error(c, h->loc, "default 'except:' must be last");
        int next = gilt_c_new_label(c);
        set_handler(c, cleanup_h);
        if (h->type && (!gilt_c_expr(c, h->type) ||
                        !gilt_c_emit(c, OP_CHECK_EXC_MATCH, 0) ||
                        !gilt_c_emit_jump(c, OP_POP_JUMP_IF_FALSE, next)))
            return false;
        if (!(h->name ? named_handler(c, h, end, cleanup_h)
                      : plain_handler(c, h, end, cleanup_h)))
            return false;
        if (!gilt_c_place(c, next))
            return false;
    }
    gilt_c_pop_fblock(c);
    set_handler(c, cleanup_h);
    c->u->loc.col = -1;
    if (!gilt_c_emit(c, OP_RERAISE, 0))
        return false;
    set_handler(c, outer);
    return gilt_c_place(c, cleanup) && pop_except_and_reraise(c) &&
           gilt_c_place(c, end);
}

static bool try_finally(Compiler *c, AstStmt *s) {
    int end = gilt_c_new_label(c), exit = gilt_c_new_label(c),
        cleanup = gilt_c_new_label(c);
    AstStmtSeq *fin = &s->v.try_.finalbody;
    int outer = c->u->handler;
    if (!gilt_c_setup(c, OP_SETUP_FINALLY, end) ||
        !gilt_c_push_fblock(c, FB_FINALLY_TRY, -1, -1, fin))
        return false;
    c->u->fblocks[c->u->nfblocks - 1].handler = outer;
    bool ok = s->v.try_.handlers.n ? try_except(c, s)
                                   : gilt_c_stmts(c, &s->v.try_.body);
    if (!ok)
        return false;
    gilt_c_pop_fblock(c);
    set_handler(c, outer);
    if (!gilt_c_stmts(c, fin) || !gilt_c_emit_jump(c, OP_JUMP, exit))
        return false;
    // The exception path runs the finally body again, then re-raises.
    c->u->loc.col = -1;
    if (!gilt_c_place(c, end) || !gilt_c_setup(c, OP_SETUP_CLEANUP, cleanup) ||
        !gilt_c_emit(c, OP_PUSH_EXC_INFO, 0) ||
        !gilt_c_push_fblock(c, FB_FINALLY_END, -1, -1, NULL))
        return false;
    c->u->fblocks[c->u->nfblocks - 1].handler = outer;
    if (!gilt_c_stmts(c, fin))
        return false;
    gilt_c_pop_fblock(c);
    c->u->loc.col = -1;
    if (!gilt_c_emit(c, OP_RERAISE, 0))
        return false;
    set_handler(c, outer);
    return gilt_c_place(c, cleanup) && pop_except_and_reraise(c) &&
           gilt_c_place(c, exit);
}

static bool compile_try(Compiler *c, AstStmt *s) {
    if (s->v.try_.finalbody.n)
        return try_finally(c, s);
    return try_except(c, s);
}

// ---- with ----------------------------------------------------------------------------------

// After WITH_EXCEPT_START: [exit, lasti, prev_exc, exc, res].
static bool with_except_finish(Compiler *c, int cleanup_h, int outer) {
    int suppress = gilt_c_new_label(c), done = gilt_c_new_label(c);
    if (!gilt_c_emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress) ||
        !gilt_c_emit(c, OP_RERAISE, 2))
        return false;
    if (!gilt_c_place(c, suppress) || !gilt_c_emit(c, OP_POP_TOP, 0))
        return false;
    set_handler(c, outer);
    (void)cleanup_h;
    return gilt_c_emit(c, OP_POP_EXCEPT, 0) && gilt_c_emit(c, OP_POP_TOP, 0) &&
           gilt_c_emit(c, OP_POP_TOP, 0) && gilt_c_emit_jump(c, OP_JUMP, done) &&
           gilt_c_place(c, done);
}

static bool compile_with(Compiler *c, AstStmt *s, int pos, bool async) {
    AstWithItem *item = s->v.with.items.items[pos];
    int final = gilt_c_new_label(c), exit = gilt_c_new_label(c),
        cleanup = gilt_c_new_label(c);
    int outer = c->u->handler;
    if (!gilt_c_expr(c, item->context_expr))
        return false;
    gilt_c_set_loc(c, s->loc);
    if (async) {
        if (!gilt_c_emit(c, OP_BEFORE_ASYNC_WITH, 0) ||
            !gilt_c_emit(c, OP_GET_AWAITABLE, 1) || !gilt_c_send_loop(c))
            return false;
    } else if (!gilt_c_emit(c, OP_BEFORE_WITH, 0)) {
        return false;
    }
    if (!gilt_c_setup(c, OP_SETUP_WITH, final) ||
        !gilt_c_push_fblock(c, async ? FB_ASYNC_WITH : FB_WITH, -1, -1, s))
        return false;
    c->u->fblocks[c->u->nfblocks - 1].handler = outer;
    if (item->optional_vars ? !gilt_c_store(c, item->optional_vars)
                            : !gilt_c_emit(c, OP_POP_TOP, 0))
        return false;
    bool ok = pos + 1 < s->v.with.items.n ? compile_with(c, s, pos + 1, async)
                                          : gilt_c_stmts(c, &s->v.with.body);
    if (!ok)
        return false;
    gilt_c_pop_fblock(c);
    set_handler(c, outer);
    gilt_c_set_loc(c, s->loc);
    if (!call_exit_with_nones(c))
        return false;
    if (async && (!gilt_c_emit(c, OP_GET_AWAITABLE, 2) || !gilt_c_send_loop(c)))
        return false;
    if (!gilt_c_emit(c, OP_POP_TOP, 0) || !gilt_c_emit_jump(c, OP_JUMP, exit))
        return false;
    if (!gilt_c_place(c, final) || !gilt_c_setup(c, OP_SETUP_CLEANUP, cleanup))
        return false;
    int cleanup_h = c->u->handler;
    if (!gilt_c_emit(c, OP_PUSH_EXC_INFO, 0) ||
        !gilt_c_emit(c, OP_WITH_EXCEPT_START, 0))
        return false;
    if (async && (!gilt_c_emit(c, OP_GET_AWAITABLE, 2) || !gilt_c_send_loop(c)))
        return false;
    if (!with_except_finish(c, cleanup_h, outer))
        return false;
    set_handler(c, outer);
    return gilt_c_emit_jump(c, OP_JUMP, exit) && gilt_c_place(c, cleanup) &&
           pop_except_and_reraise(c) && gilt_c_place(c, exit);
}

// ---- imports -------------------------------------------------------------------------------

static bool import_as(Compiler *c, const char *dotted, const char *asname) {
    // `import a.b.c as d` binds d to a.b.c through the top-level package.
    const char *p = strchr(dotted, '.');
    while (p) {
        const char *q = strchr(p + 1, '.');
        size_t n = q ? (size_t)(q - p - 1) : strlen(p + 1);
        char *attr = gilt_arena_strndup(c->arena, p + 1, n);
        if (!attr)
            return gilt_c_nomem(c);
        int idx = gilt_c_name(c, attr);
        if (idx < 0 || !gilt_c_emit(c, OP_IMPORT_FROM, idx) ||
            !gilt_c_emit(c, OP_SWAP, 2) || !gilt_c_emit(c, OP_POP_TOP, 0))
            return false;
        p = q;
    }
    return gilt_c_nameop(c, asname, AST_STORE);
}

static bool compile_import(Compiler *c, AstStmt *s) {
    AstAliasSeq *names = &s->v.import.names;
    for (int i = 0; i < names->n; i++) {
        AstAlias *a = names->items[i];
        int idx = gilt_c_name(c, a->name);
        if (idx < 0 || !gilt_c_load_const(c, INT_VAL(0)) ||
            !gilt_c_load_const(c, VAL_NONE) ||
            !gilt_c_emit(c, OP_IMPORT_NAME, idx))
            return false;
        if (a->asname) {
            if (!import_as(c, a->name, a->asname))
                return false;
            continue;
        }
        const char *dot = strchr(a->name, '.');
        const char *top = dot ? gilt_arena_strndup(c->arena, a->name,
                                                   (size_t)(dot - a->name))
                              : a->name;
        if (!top || !gilt_c_nameop(c, top, AST_STORE))
            return false;
    }
    return true;
}

static bool compile_import_from(Compiler *c, AstStmt *s) {
    AstAliasSeq *names = &s->v.importfrom.names;
    GiltTuple *fromlist = gilt_tuple_new(c->ts, (size_t)names->n);
    if (!fromlist)
        return gilt_c_nomem(c);
    for (int i = 0; i < names->n; i++) {
        Value n = gilt_str_from_cstr(c->ts, names->items[i]->name);
        if (!n)
            return gilt_c_nomem(c);
        fromlist->items[i] = n;
    }
    const char *mod = s->v.importfrom.module ? s->v.importfrom.module : "";
    int idx = gilt_c_name(c, mod);
    if (idx < 0 || !gilt_c_load_const(c, INT_VAL(s->v.importfrom.level)) ||
        !gilt_c_load_const(c, OBJ_VAL(fromlist)) ||
        !gilt_c_emit(c, OP_IMPORT_NAME, idx))
        return false;
    if (names->n == 1 && !strcmp(names->items[0]->name, "*"))
        return gilt_c_emit(c, OP_IMPORT_STAR, 0);
    for (int i = 0; i < names->n; i++) {
        AstAlias *a = names->items[i];
        int n = gilt_c_name(c, a->name);
        if (n < 0 || !gilt_c_emit(c, OP_IMPORT_FROM, n) ||
            !gilt_c_nameop(c, a->asname ? a->asname : a->name, AST_STORE))
            return false;
    }
    return gilt_c_emit(c, OP_POP_TOP, 0);
}

// ---- assignment forms ----------------------------------------------------------------------

static bool compile_assign(Compiler *c, AstStmt *s) {
    AstExprSeq *targets = &s->v.assign.targets;
    if (!gilt_c_expr(c, s->v.assign.value))
        return false;
    for (int i = 0; i < targets->n; i++) {
        if (i < targets->n - 1 && !gilt_c_emit(c, OP_COPY, 1))
            return false;
        if (!gilt_c_store(c, targets->items[i]))
            return false;
    }
    return true;
}

static bool compile_augassign(Compiler *c, AstStmt *s) {
    AstExpr *t = s->v.augassign.target;
    int op = (int)s->v.augassign.op + GILT_OP__INPLACE;
    switch (t->kind) {
    case AST_NAME: {
        GiltLoc saved = c->u->loc;
        gilt_c_set_loc(c, t->loc);
        if (!gilt_c_forbidden(c, t->v.name.id, AST_STORE))
            return false;
        c->u->loc = saved;
        return gilt_c_nameop(c, t->v.name.id, AST_LOAD) &&
               gilt_c_expr(c, s->v.augassign.value) &&
               (gilt_c_set_loc(c, s->loc), true) && gilt_c_emit(c, OP_BINARY_OP, op) &&
               gilt_c_nameop(c, t->v.name.id, AST_STORE);
    }
    case AST_ATTRIBUTE: {
        const char *m = gilt_c_mangle(c, t->v.attribute.attr);
        return m && gilt_c_expr(c, t->v.attribute.value) &&
               gilt_c_emit(c, OP_COPY, 1) &&
               gilt_c_emit_cached(c, OP_LOAD_ATTR, m) &&
               gilt_c_expr(c, s->v.augassign.value) &&
               (gilt_c_set_loc(c, s->loc), true) && gilt_c_emit(c, OP_BINARY_OP, op) &&
               gilt_c_emit(c, OP_SWAP, 2) && gilt_c_emit_cached(c, OP_STORE_ATTR, m);
    }
    case AST_SUBSCRIPT: {
        AstExpr *k = t->v.subscript.slice;
        bool slice = k->kind == AST_SLICE;
        if (!gilt_c_expr(c, t->v.subscript.value) ||
            !(slice ? gilt_c_expr(c, k) : gilt_c_expr(c, k)))
            return false;
        return gilt_c_emit(c, OP_COPY, 2) && gilt_c_emit(c, OP_COPY, 2) &&
               gilt_c_emit(c, OP_BINARY_SUBSCR, 0) &&
               gilt_c_expr(c, s->v.augassign.value) &&
               (gilt_c_set_loc(c, s->loc), true) && gilt_c_emit(c, OP_BINARY_OP, op) &&
               gilt_c_emit(c, OP_SWAP, 3) && gilt_c_emit(c, OP_SWAP, 2) &&
               gilt_c_emit(c, OP_STORE_SUBSCR, 0);
    }
    default:
        return gilt_c_error(c, t->loc, "'%s' is an illegal expression for "
                                       "augmented assignment",
                            "expression");
    }
}

// Evaluate [e] for its errors only (CPython's check_ann_expr).
static bool eval_and_pop(Compiler *c, AstExpr *e) {
    return gilt_c_expr(c, e) && gilt_c_emit(c, OP_POP_TOP, 0);
}

// The subscript of `a[k]: T` without a value, evaluated the same way.
static bool eval_subscript(Compiler *c, AstExpr *k) {
    if (k->kind == AST_SLICE)
        return (!k->v.slice.lower || eval_and_pop(c, k->v.slice.lower)) &&
               (!k->v.slice.upper || eval_and_pop(c, k->v.slice.upper)) &&
               (!k->v.slice.step || eval_and_pop(c, k->v.slice.step));
    if (k->kind == AST_TUPLE) {
        for (int i = 0; i < k->v.seq.elts.n; i++)
            if (!eval_subscript(c, k->v.seq.elts.items[i]))
                return false;
        return true;
    }
    return eval_and_pop(c, k);
}

// CPython's compiler_annassign: a simple name at module or class level
// is recorded in __annotations__; any other target's annotation is only
// evaluated there, and nowhere under PEP 563.
static bool compile_annassign(Compiler *c, AstStmt *s) {
    AstExpr *t = s->v.annassign.target, *value = s->v.annassign.value;
    if (value && (!gilt_c_expr(c, value) || !gilt_c_store(c, t)))
        return false;
    ScopeKind k = c->u->scope->kind;
    bool recorded = k == SCOPE_MODULE || k == SCOPE_CLASS;
    switch (t->kind) {
    case AST_NAME:
        if (!gilt_c_forbidden(c, t->v.name.id, AST_STORE))
            return false;
        if (s->v.annassign.simple && recorded) {
            const char *m = gilt_c_mangle(c, t->v.name.id);
            Value name = m ? gilt_str_from_cstr(c->ts, m) : VAL_NULL;
            int ann = gilt_c_name(c, "__annotations__");
            return name && ann >= 0 && gilt_c_annotation(c, s->v.annassign.annotation) &&
                   gilt_c_emit(c, OP_LOAD_NAME, ann) && gilt_c_load_const(c, name) &&
                   gilt_c_emit(c, OP_STORE_SUBSCR, 0);
        }
        break;
    case AST_ATTRIBUTE:
        if (!gilt_c_forbidden(c, t->v.attribute.attr, AST_STORE) ||
            (!value && !eval_and_pop(c, t->v.attribute.value)))
            return false;
        break;
    case AST_SUBSCRIPT:
        if (!value && (!eval_and_pop(c, t->v.subscript.value) ||
                       !eval_subscript(c, t->v.subscript.slice)))
            return false;
        break;
    default:
        break;
    }
    if (!s->v.annassign.simple && recorded && !(c->future & GILT_FUTURE_ANNOTATIONS))
        return eval_and_pop(c, s->v.annassign.annotation);
    return true;
}

static bool compile_delete(Compiler *c, AstExpr *t) {
    gilt_c_set_loc(c, t->loc);
    switch (t->kind) {
    case AST_NAME:
        return gilt_c_nameop(c, t->v.name.id, AST_DEL);
    case AST_ATTRIBUTE: {
        const char *m = gilt_c_mangle(c, t->v.attribute.attr);
        int n = m ? gilt_c_name(c, m) : -1;
        return n >= 0 && gilt_c_expr(c, t->v.attribute.value) &&
               gilt_c_emit(c, OP_DELETE_ATTR, n);
    }
    case AST_SUBSCRIPT:
        return gilt_c_expr(c, t->v.subscript.value) &&
               gilt_c_expr(c, t->v.subscript.slice) &&
               gilt_c_emit(c, OP_DELETE_SUBSCR, 0);
    case AST_TUPLE:
    case AST_LIST:
        for (int i = 0; i < t->v.seq.elts.n; i++)
            if (!compile_delete(c, t->v.seq.elts.items[i]))
                return false;
        return true;
    default:
        return gilt_c_error(c, t->loc, "cannot delete expression");
    }
}

static bool compile_raise(Compiler *c, AstStmt *s) {
    int n = 0;
    if (s->v.raise.exc) {
        if (!gilt_c_expr(c, s->v.raise.exc))
            return false;
        n = 1;
        if (s->v.raise.cause) {
            if (!gilt_c_expr(c, s->v.raise.cause))
                return false;
            n = 2;
        }
    }
    gilt_c_set_loc(c, s->loc);
    return gilt_c_emit(c, OP_RAISE_VARARGS, n);
}

static bool compile_assert(Compiler *c, AstStmt *s) {
    int end = gilt_c_new_label(c);
    if (!gilt_c_jump_if(c, s->v.assert_.test, end, true))
        return false;
    gilt_c_set_loc(c, s->loc);
    if (!gilt_c_emit(c, OP_LOAD_ASSERTION_ERROR, 0))
        return false;
    if (s->v.assert_.msg && (!gilt_c_expr(c, s->v.assert_.msg) ||
                             !gilt_c_emit(c, OP_CALL, 1)))
        return false;
    return gilt_c_emit(c, OP_RAISE_VARARGS, 1) && gilt_c_place(c, end);
}

static bool compile_expr_stmt(Compiler *c, AstStmt *s) {
    AstExpr *v = s->v.expr.value;
    if (c->interactive && c->u->scope->kind == SCOPE_MODULE)
        return gilt_c_expr(c, v) && gilt_c_emit(c, OP_PRINT_EXPR, 0);
    if (v->kind == AST_CONSTANT)
        return true;
    return gilt_c_expr(c, v) && gilt_c_emit(c, OP_POP_TOP, 0);
}

bool gilt_c_stmt(Compiler *c, AstStmt *s) {
    gilt_c_set_loc(c, s->loc);
    switch (s->kind) {
    case AST_FUNCTIONDEF:
    case AST_ASYNCFUNCTIONDEF:
        return gilt_c_function(c, s);
    case AST_CLASSDEF:
        return gilt_c_class(c, s);
    case AST_RETURN:
        return compile_return(c, s);
    case AST_DELETE:
        for (int i = 0; i < s->v.del.targets.n; i++)
            if (!compile_delete(c, s->v.del.targets.items[i]))
                return false;
        return true;
    case AST_ASSIGN:
        return compile_assign(c, s);
    case AST_AUGASSIGN:
        return compile_augassign(c, s);
    case AST_ANNASSIGN:
        return compile_annassign(c, s);
    case AST_FOR:
        return compile_for(c, s);
    case AST_ASYNCFOR:
        return compile_async_for(c, s);
    case AST_WHILE:
        return compile_while(c, s);
    case AST_IF:
        return compile_if(c, s);
    case AST_WITH:
        return compile_with(c, s, 0, false);
    case AST_ASYNCWITH:
        return compile_with(c, s, 0, true);
    case AST_RAISE:
        return compile_raise(c, s);
    case AST_TRY:
        return compile_try(c, s);
    case AST_ASSERT:
        return compile_assert(c, s);
    case AST_IMPORT:
        return compile_import(c, s);
    case AST_IMPORTFROM:
        return gilt_c_late_future(c, s) && compile_import_from(c, s);
    case AST_EXPR:
        return compile_expr_stmt(c, s);
    case AST_BREAK:
        return compile_break(c, s, false);
    case AST_CONTINUE:
        return compile_break(c, s, true);
    case AST_GLOBAL:
    case AST_NONLOCAL:
    case AST_PASS:
        return true;
    }
    return true;
}

bool gilt_c_stmts(Compiler *c, AstStmtSeq *body) {
    for (int i = 0; i < body->n; i++)
        if (!gilt_c_stmt(c, body->items[i]))
            return false;
    return true;
}
