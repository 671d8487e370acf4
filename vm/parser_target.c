/* parser_target.c - Assignment, deletion and loop targets.
 *
 * Targets are parsed as expressions and then turned into Store (or Del)
 * context in place: the node shapes and locations are the same either
 * way. star_targets (for loops, comprehensions, with ... as) only reads
 * primaries, so that "for x in y" does not swallow "in y" as a
 * comparison.
 */
#include "parser.h"

// Can [e] be a target? Starred only inside a list or tuple (or as the
// whole target, which the grammar allows and the compiler rejects).
static bool valid_target(const AstExpr *e, bool star_ok, AstContext ctx)
{
    switch (e->kind) {
    case AST_NAME:
    case AST_ATTRIBUTE:
    case AST_SUBSCRIPT:
        return true;
    case AST_STARRED:
        return star_ok && ctx != AST_DEL &&
               valid_target(e->v.starred.value, false, ctx);
    case AST_LIST:
    case AST_TUPLE:
        for (int i = 0; i < e->v.seq.elts.n; i++)
            if (!valid_target(e->v.seq.elts.items[i], true, ctx))
                return false;
        return true;
    default:
        return false;
    }
}

static void set_context(AstExpr *e, AstContext ctx)
{
    switch (e->kind) {
    case AST_NAME: e->v.name.ctx = ctx; break;
    case AST_ATTRIBUTE: e->v.attribute.ctx = ctx; break;
    case AST_SUBSCRIPT: e->v.subscript.ctx = ctx; break;
    case AST_STARRED:
        e->v.starred.ctx = ctx;
        set_context(e->v.starred.value, ctx);
        break;
    case AST_LIST:
    case AST_TUPLE:
        e->v.seq.ctx = ctx;
        for (int i = 0; i < e->v.seq.elts.n; i++)
            set_context(e->v.seq.elts.items[i], ctx);
        break;
    default:
        break;
    }
}

bool gilt_parser_set_context(AstExpr *e, AstContext ctx)
{
    if (!valid_target(e, ctx != AST_DEL, ctx))
        return false;
    set_context(e, ctx);
    return true;
}

// star_target: '*' star_target | a primary usable as a target
AstExpr *gilt_parser_star_target(Parser *p)
{
    if (!gilt_parser_check(p, TOK_STAR)) {
        AstExpr *e = gilt_parser_primary(p);
        if (!e)
            return NULL;
        if (!valid_target(e, false, AST_STORE))
            return gilt_parser_fail(p);
        set_context(e, AST_STORE);
        return e;
    }
    AstLoc loc = gilt_parser_start(p);
    p->pos++;
    if (gilt_parser_check(p, TOK_STAR))
        return gilt_parser_fail(p);
    if (!gilt_parser_depth_enter(p))
        return NULL;
    AstExpr *value = gilt_parser_star_target(p);
    p->depth--;
    if (!value)
        return NULL;
    gilt_parser_finish_loc(p, &loc);
    AstExpr *e = gilt_parser_expr(p, AST_STARRED, loc);
    if (e) {
        e->v.starred.value = value;
        e->v.starred.ctx = AST_STORE;
    }
    return e;
}

// star_targets: star_target (',' star_target)* [','], a Tuple if a comma
// appears.
AstExpr *gilt_parser_star_targets(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    AstExpr *first = gilt_parser_star_target(p);
    if (!first || !gilt_parser_check(p, TOK_COMMA))
        return first;
    Vec elts;
    gilt_parser_vec_init(&elts);
    if (!gilt_parser_vec_push(p, &elts, first))
        return NULL;
    while (gilt_parser_accept(p, TOK_COMMA)) {
        GiltToken *t = gilt_parser_peek(p);
        if (!gilt_parser_starts_expression(t) && t->kind != TOK_STAR)
            break;
        AstExpr *e = gilt_parser_star_target(p);
        if (!e || !gilt_parser_vec_push(p, &elts, e))
            return NULL;
    }
    gilt_parser_finish_loc(p, &loc);
    AstExprSeq seq;
    if (!VEC_SEQ(p, &elts, seq))
        return NULL;
    return gilt_parser_tuple(p, seq, AST_STORE, loc);
}
