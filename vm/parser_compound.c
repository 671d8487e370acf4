/* parser_compound.c - Compound statements: if, while, for, with, try,
 * def, class, decorators, and the recognition of `match`.
 *
 * A compound statement ends at the last token of its last block that is
 * not NEWLINE/INDENT/DEDENT. elif chains are built iteratively (they nest
 * in the tree, not on the C stack). `match` statements and `except*` are
 * recognised and rejected with a clear SyntaxError.
 */
#include "parser.h"

#define peek gilt_parser_peek
#define accept gilt_parser_accept
#define check gilt_parser_check

// ':' after a statement header. [forced] is CPython's &&':' (an error at
// whatever comes instead); otherwise only a NEWLINE there is reported as
// "expected ':'".
static bool colon(Parser *p, bool forced)
{
    GiltToken *t = peek(p);
    if (t->kind == TOK_COLON) {
        p->pos++;
        return true;
    }
    if (forced)
        return gilt_parser_error_at(p, t, "expected ':'");
    if (t->kind == TOK_NEWLINE)
        return gilt_parser_error(p, "expected ':'");
    return gilt_parser_fail(p);
}

bool gilt_parser_block(Parser *p, AstStmtSeq *out, const GiltToken *kw,
                       const char *what)
{
    Vec body;
    gilt_parser_vec_init(&body);
    if (accept(p, TOK_NEWLINE)) {
        if (!accept(p, TOK_INDENT)) {
            if (what)
                return gilt_parser_error_kind(p, AST_ERR_INDENTATION,
                                              "expected an indented block "
                                              "after %s on line %d",
                                              what, kw->lineno);
            return gilt_parser_error_kind(p, AST_ERR_INDENTATION,
                                          "expected an indented block");
        }
        if (!gilt_parser_statements(p, &body) ||
            !gilt_parser_expect(p, TOK_DEDENT))
            return false;
    } else if (!gilt_parser_simple_stmts(p, &body)) {
        return false;
    }
    return VEC_SEQ(p, &body, *out);
}

static AstStmt *stmt(Parser *p, AstStmtKind kind, AstLoc loc)
{
    gilt_parser_finish_loc(p, &loc);
    return gilt_parser_stmt(p, kind, loc);
}

// ['else' ':' block]
static bool else_block(Parser *p, AstStmtSeq *out)
{
    GiltToken *kw = accept(p, TOK_KW_ELSE);
    return !kw || (colon(p, true) &&
                   gilt_parser_block(p, out, kw, "'else' statement"));
}

// One 'if' or 'elif' header and block; the If is left for the caller to
// finish (its end is the end of the whole chain).
static AstStmt *if_clause(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    GiltToken *kw = gilt_parser_next(p);
    AstExpr *test = gilt_parser_named_expression(p);
    AstStmt *s = test && colon(p, false)
                     ? gilt_parser_stmt(p, AST_IF, loc)
                     : NULL;
    if (!s || !gilt_parser_block(p, &s->v.cond.body, kw,
                                 kw->kind == TOK_KW_IF ? "'if' statement"
                                                       : "'elif' statement"))
        return NULL;
    s->v.cond.test = test;
    return s;
}

static AstStmt *if_stmt(Parser *p)
{
    Vec chain;
    gilt_parser_vec_init(&chain);
    AstStmt *s = if_clause(p);
    if (!s || !gilt_parser_vec_push(p, &chain, s))
        return NULL;
    while (check(p, TOK_KW_ELIF)) {
        AstStmt *elif = if_clause(p);
        AstStmt **one = gilt_parser_alloc(p, sizeof *one);
        if (!elif || !one || !gilt_parser_vec_push(p, &chain, elif))
            return NULL;
        *one = elif;
        s->v.cond.orelse.items = one;
        s->v.cond.orelse.n = 1;
        s = elif;
    }
    if (!else_block(p, &s->v.cond.orelse))
        return NULL;
    for (int i = 0; i < chain.n; i++)
        gilt_parser_finish_loc(p, &((AstStmt *)chain.items[i])->loc);
    return chain.items[0];
}

static AstStmt *while_stmt(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    GiltToken *kw = gilt_parser_next(p);
    AstExpr *test = gilt_parser_named_expression(p);
    AstStmtSeq body = {0}, orelse = {0};
    if (!test || !colon(p, false) ||
        !gilt_parser_block(p, &body, kw, "'while' statement") ||
        !else_block(p, &orelse))
        return NULL;
    AstStmt *s = stmt(p, AST_WHILE, loc);
    if (s) {
        s->v.cond.test = test;
        s->v.cond.body = body;
        s->v.cond.orelse = orelse;
    }
    return s;
}

static AstStmt *for_stmt(Parser *p, AstLoc loc, bool is_async)
{
    GiltToken *kw = gilt_parser_next(p);
    int at = p->pos;
    AstExpr *target = gilt_parser_star_targets(p);
    if (!target || !accept(p, TOK_KW_IN))
        return gilt_parser_invalid_for_target(p, at);
    gilt_parser_check_target(p, target);
    AstExpr *iter = gilt_parser_star_expressions(p);
    AstStmtSeq body = {0}, orelse = {0};
    if (!iter || !colon(p, false) ||
        !gilt_parser_block(p, &body, kw, "'for' statement") ||
        !else_block(p, &orelse))
        return NULL;
    AstStmt *s = stmt(p, is_async ? AST_ASYNCFOR : AST_FOR, loc);
    if (s) {
        s->v.for_.target = target;
        s->v.for_.iter = iter;
        s->v.for_.body = body;
        s->v.for_.orelse = orelse;
    }
    return s;
}

// with_item: expression ['as' star_target &(',' | ')' | ':')]
static AstWithItem *with_item(Parser *p)
{
    AstWithItem *w = gilt_parser_alloc(p, sizeof *w);
    if (!w || !(w->context_expr = gilt_parser_expression(p)))
        return NULL;
    if (!check(p, TOK_KW_AS))
        return w;
    int as = p->pos++;
    w->optional_vars = gilt_parser_star_target(p);
    GiltTokenKind k = peek(p)->kind;
    if (w->optional_vars &&
        (k == TOK_COMMA || k == TOK_RPAR || k == TOK_COLON)) {
        gilt_parser_check_target(p, w->optional_vars);
        return w;
    }
    if (p->spec || p->err_set)
        return gilt_parser_fail(p);
    // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
    AstExpr *e;
    p->pos = as + 1;
    if (gilt_parser_try(p, gilt_parser_expression, &e)) {
        k = gilt_parser_peek_diag(p)->kind;
        if (k == TOK_COMMA || k == TOK_RPAR || k == TOK_COLON)
            gilt_parser_invalid_target_error(p, e, TARGET_STAR);
    }
    return gilt_parser_fail(p);
}

static bool with_items(Parser *p, Vec *items, bool paren)
{
    do {
        if (paren && check(p, TOK_RPAR) && items->n)
            break;
        AstWithItem *w = with_item(p);
        if (!w || !gilt_parser_vec_push(p, items, w))
            return false;
    } while (accept(p, TOK_COMMA));
    return !paren || gilt_parser_expect(p, TOK_RPAR);
}

static AstStmt *with_stmt(Parser *p, AstLoc loc, bool is_async)
{
    GiltToken *kw = gilt_parser_next(p);
    Vec items;
    gilt_parser_vec_init(&items);
    bool ok = false;
    if (check(p, TOK_LPAR)) {
        // 'with' '(' ','.with_item+ ','? ')' ':' is tried first.
        ParserMark m = gilt_parser_spec_begin(p);
        p->pos++;
        ok = with_items(p, &items, true) && check(p, TOK_COLON);
        if (!gilt_parser_spec_end(p, m, ok)) {
            if (p->failed)
                return NULL;
            gilt_parser_vec_init(&items);
        }
    }
    AstStmtSeq body = {0};
    if ((!ok && !with_items(p, &items, false)) || !colon(p, false) ||
        !gilt_parser_block(p, &body, kw, "'with' statement"))
        return NULL;
    AstStmt *s = stmt(p, is_async ? AST_ASYNCWITH : AST_WITH, loc);
    if (!s || !VEC_SEQ(p, &items, s->v.with.items))
        return NULL;
    s->v.with.body = body;
    return s;
}

// 'except' [expression ['as' NAME]] ':' block
static AstExceptHandler *except_block(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    GiltToken *kw = gilt_parser_next(p);
    if (check(p, TOK_STAR))
        return gilt_parser_error_loc(
            p, AST_ERR_SYNTAX, gilt_parser_span(loc, gilt_parser_start(p)),
            "except* is not supported by gilt yet");
    AstExceptHandler *h = gilt_parser_alloc(p, sizeof *h);
    if (!h)
        return NULL;
    if (!check(p, TOK_COLON) && !check(p, TOK_NEWLINE)) {
        if (!(h->type = gilt_parser_expression(p)))
            return NULL;
        if (check(p, TOK_COMMA)) {
            // invalid_except_stmt: 'except' expression ',' expressions
            // ['as' NAME] ':'
            AstExpr *rest;
            p->pos++;
            p->diag++; // lookahead for the message only
            bool ok = gilt_parser_try(p, gilt_parser_expressions, &rest) &&
                      (!accept(p, TOK_KW_AS) || accept(p, TOK_NAME)) &&
                      accept(p, TOK_COLON);
            p->diag--;
            if (ok)
                return gilt_parser_error_from(p, h->type->loc,
                                              "multiple exception types must "
                                              "be parenthesized");
            return gilt_parser_fail(p);
        }
        if (accept(p, TOK_KW_AS)) {
            GiltToken *name = gilt_parser_expect(p, TOK_NAME);
            if (!name || !(h->name = gilt_parser_ident(p, name)))
                return NULL;
        }
    }
    if (!colon(p, false) ||
        !gilt_parser_block(p, &h->body, kw, "'except' statement"))
        return NULL;
    gilt_parser_finish_loc(p, &loc);
    h->loc = loc;
    return h;
}

static AstStmt *try_stmt(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    GiltToken *kw = gilt_parser_next(p);
    AstStmt *s = gilt_parser_stmt(p, AST_TRY, loc);
    if (!s || !colon(p, true) ||
        !gilt_parser_block(p, &s->v.try_.body, kw, "'try' statement"))
        return NULL;
    Vec handlers;
    gilt_parser_vec_init(&handlers);
    while (check(p, TOK_KW_EXCEPT)) {
        AstExceptHandler *h = except_block(p);
        if (!h || !gilt_parser_vec_push(p, &handlers, h))
            return NULL;
    }
    if (!handlers.n && !check(p, TOK_KW_FINALLY))
        return gilt_parser_error(p, "expected 'except' or 'finally' block");
    if (!VEC_SEQ(p, &handlers, s->v.try_.handlers) ||
        (handlers.n && !else_block(p, &s->v.try_.orelse)))
        return NULL;
    GiltToken *fin = accept(p, TOK_KW_FINALLY);
    if (fin && (!colon(p, true) ||
                !gilt_parser_block(p, &s->v.try_.finalbody, fin,
                                   "'finally' statement")))
        return NULL;
    gilt_parser_finish_loc(p, &s->loc);
    return s;
}

static AstStmt *funcdef(Parser *p, AstLoc loc, bool is_async)
{
    GiltToken *kw = gilt_parser_next(p);
    GiltToken *name = gilt_parser_expect(p, TOK_NAME);
    if (!name)
        return NULL;
    GiltToken *t = peek(p);
    if (t->kind != TOK_LPAR)
        return gilt_parser_error_at(p, t, "expected '('");
    p->pos++;
    AstStmt *s = gilt_parser_stmt(p, is_async ? AST_ASYNCFUNCTIONDEF
                                              : AST_FUNCTIONDEF,
                                  loc);
    if (!s || !(s->v.funcdef.name = gilt_parser_ident(p, name)) ||
        !(s->v.funcdef.args = gilt_parser_params(p, false)) ||
        !gilt_parser_expect(p, TOK_RPAR))
        return NULL;
    GiltToken *arrow = peek(p);
    if (arrow->kind == TOK_RARROW) {
        // ['->' expression] &&':' : a bad annotation makes the optional
        // part fail, and the forced ':' is then missing at the '->'.
        ParserMark m = gilt_parser_spec_begin(p);
        p->pos++;
        s->v.funcdef.returns = gilt_parser_expression(p);
        if (!gilt_parser_spec_end(p, m, s->v.funcdef.returns != NULL))
            return p->failed ? NULL
                             : gilt_parser_error_at(p, arrow, "expected ':'");
    }
    if (!colon(p, true) ||
        !gilt_parser_block(p, &s->v.funcdef.body, kw, "function definition"))
        return NULL;
    gilt_parser_finish_loc(p, &s->loc);
    return s;
}

static AstStmt *classdef(Parser *p, AstLoc loc)
{
    GiltToken *kw = gilt_parser_next(p);
    GiltToken *name = gilt_parser_expect(p, TOK_NAME);
    AstStmt *s = name ? gilt_parser_stmt(p, AST_CLASSDEF, loc) : NULL;
    if (!s || !(s->v.classdef.name = gilt_parser_ident(p, name)))
        return NULL;
    GiltToken *lpar = accept(p, TOK_LPAR);
    if (lpar) {
        AstExpr call = {.kind = AST_CALL};
        if (!gilt_parser_call_args(p, &call, NULL))
            return NULL;
        s->v.classdef.bases = call.v.call.args;
        s->v.classdef.keywords = call.v.call.keywords;
    }
    if (!colon(p, false) ||
        !gilt_parser_block(p, &s->v.classdef.body, kw, "class definition"))
        return NULL;
    gilt_parser_finish_loc(p, &s->loc);
    return s;
}

// 'async' (def | with | for); NULL without failing if something else
// follows.
static AstStmt *async_stmt(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    switch (gilt_parser_peek2(p)->kind) {
    case TOK_KW_DEF: p->pos++; return funcdef(p, loc, true);
    case TOK_KW_WITH: p->pos++; return with_stmt(p, loc, true);
    case TOK_KW_FOR: p->pos++; return for_stmt(p, loc, true);
    default: return NULL;
    }
}

// ('@' named_expression NEWLINE)+ followed by a def or class.
static AstStmt *decorated(Parser *p)
{
    Vec decorators;
    gilt_parser_vec_init(&decorators);
    while (accept(p, TOK_AT)) {
        AstExpr *e = gilt_parser_named_expression(p);
        if (!e || !gilt_parser_expect(p, TOK_NEWLINE) ||
            !gilt_parser_vec_push(p, &decorators, e))
            return NULL;
    }
    AstLoc loc = gilt_parser_start(p);
    AstStmt *s = NULL;
    GiltTokenKind k = peek(p)->kind;
    if (k == TOK_KW_DEF)
        s = funcdef(p, loc, false);
    else if (k == TOK_KW_CLASS)
        s = classdef(p, loc);
    else if (k == TOK_KW_ASYNC && gilt_parser_peek2(p)->kind == TOK_KW_DEF)
        s = async_stmt(p);
    else
        return gilt_parser_fail(p);
    if (!s)
        return NULL;
    AstExprSeq *seq = s->kind == AST_CLASSDEF ? &s->v.classdef.decorator_list
                                              : &s->v.funcdef.decorator_list;
    return VEC_SEQ(p, &decorators, *seq) ? s : NULL;
}

// A statement starting with the soft keyword `match`: is it a match
// statement (subject_expr ':' NEWLINE)? Those are rejected.
static AstStmt *match_stmt(Parser *p)
{
    GiltToken *kw = peek(p);
    GiltToken *t = gilt_parser_peek2(p);
    if (!gilt_parser_starts_expression(t) && t->kind != TOK_STAR)
        return NULL;
    ParserMark m = gilt_parser_spec_begin(p);
    p->pos++;
    AstExpr *subject = gilt_parser_star_expressions(p);
    GiltTokenKind after = subject ? peek(p)->kind : TOK_COLON;
    if (after != TOK_NEWLINE)
        after = TOK_COLON; // only "match <subject> NEWLINE" counts
    bool ok = subject && accept(p, TOK_COLON) && check(p, TOK_NEWLINE);
    gilt_parser_spec_end(p, m, false);
    if (p->failed)
        return NULL;
    if (after == TOK_NEWLINE && !p->match_quirk)
        // CPython's error pass takes "match <subject>" not followed by ':'
        // for a match statement missing its colon, wherever the error is
        // (see gilt_parser_finish_error).
        p->match_quirk = true;
    if (!ok)
        return NULL;
    return gilt_parser_error_at(p, kw, "the match statement is not supported "
                                       "by gilt yet");
}

void gilt_parser_match_diagnosis(Parser *p, int start)
{
    if (p->err_set || !gilt_parser_tok_is(gilt_parser_token(p, start), "match"))
        return;
    // CPython's error pass tries match_stmt before the simple statement:
    // its subject is parsed with the error checks on.
    int pos = p->pos, fill = p->fill1;
    p->pos = start + 1;
    p->failed = false;
    gilt_parser_star_named_expression(p);
    p->pos = pos;
    p->fill1 = fill;
    p->failed = true;
}

AstStmt *gilt_parser_compound_stmt(Parser *p)
{
    GiltToken *t = peek(p);
    AstLoc loc = gilt_parser_start(p);
    switch (t->kind) {
    case TOK_KW_IF: return if_stmt(p);
    case TOK_KW_WHILE: return while_stmt(p);
    case TOK_KW_FOR: return for_stmt(p, loc, false);
    case TOK_KW_WITH: return with_stmt(p, loc, false);
    case TOK_KW_TRY: return try_stmt(p);
    case TOK_KW_DEF: return funcdef(p, loc, false);
    case TOK_KW_CLASS: return classdef(p, loc);
    case TOK_AT: return decorated(p);
    case TOK_KW_ASYNC: return async_stmt(p);
    case TOK_NAME:
        return gilt_parser_tok_is(t, "match") ? match_stmt(p) : NULL;
    default: return NULL;
    }
}
