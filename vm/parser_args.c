/* parser_args.c - Call arguments and function/lambda parameters.
 *
 * Arguments are read in one left-to-right pass that tracks which kinds may
 * still come (positional, then keywords and *iterables, then only keywords
 * and **mappings); the grammar's order rules and their error messages
 * follow from that state. A generator expression given as the only
 * argument takes the call's parentheses, as in CPython.
 */
#include "parser.h"

#define peek gilt_parser_peek
#define accept gilt_parser_accept
#define check gilt_parser_check

// What the arguments read so far allow next.
typedef enum { ARGS_POSITIONAL, ARGS_KEYWORDS, ARGS_MAPPINGS } ArgsState;

static AstKeyword *keyword(Parser *p, AstLoc loc, const GiltToken *name,
                           AstExpr *value)
{
    AstKeyword *k = gilt_parser_alloc(p, sizeof *k);
    if (!k || (name && !(k->arg = gilt_parser_ident(p, name))))
        return NULL;
    gilt_parser_finish_loc(p, &loc);
    k->loc = loc;
    k->value = value;
    return k;
}

// The end of the last comprehension's last part (its last `if`, or its
// iterable): where CPython ends "Generator expression must be
// parenthesized".
static AstLoc comprehension_end(const AstComprehensionSeq *gens)
{
    const AstComprehension *c = gens->items[gens->n - 1];
    return c->ifs.n ? c->ifs.items[c->ifs.n - 1]->loc : c->iter->loc;
}

static void *unparenthesized_genexp(Parser *p, AstLoc start,
                                    const AstComprehensionSeq *gens)
{
    return gilt_parser_error_loc(p, AST_ERR_SYNTAX,
                                 gilt_parser_span(start,
                                                  comprehension_end(gens)),
                                 "Generator expression must be parenthesized");
}

// One element of CPython's args rule, parsed for diagnosis only.
static bool args_element(Parser *p)
{
    GiltTokenKind k = peek(p)->kind;
    if (k == TOK_STAR || k == TOK_DOUBLESTAR) {
        p->pos++;
        return gilt_parser_expression(p) != NULL;
    }
    if (k == TOK_NAME && gilt_parser_peek2(p)->kind == TOK_EQUAL) {
        p->pos += 2;
        return gilt_parser_expression(p) != NULL;
    }
    AstExpr *e = k == TOK_NAME && gilt_parser_peek2(p)->kind == TOK_COLONEQUAL
                     ? gilt_parser_named_expression(p)
                     : gilt_parser_expression(p);
    return e && !check(p, TOK_EQUAL) && !check(p, TOK_COLONEQUAL);
}

// A positional argument after keywords: CPython reparses from it as a
// second argument list (`args ',' args`) and reports where that stops.
static void *positional_after_keyword(Parser *p, const Vec *kws)
{
    bool unpacking = false;
    for (int i = 0; i < kws->n; i++)
        unpacking |= ((AstKeyword *)kws->items[i])->arg == NULL;
    ParserMark m = gilt_parser_diag_begin(p);
    bool any = false;
    while (args_element(p)) {
        any = true;
        if (!accept(p, TOK_COMMA))
            break;
    }
    peek(p);
    gilt_parser_diag_end(p, m, false);
    if (!any)
        return gilt_parser_fail(p);
    return gilt_parser_error(p, unpacking ? "positional argument follows "
                                            "keyword argument unpacking"
                                          : "positional argument follows "
                                            "keyword argument");
}

// A non-keyword argument after keywords, which CPython's first pass does
// not read: only its error pass looks at it (invalid_kwarg, a generator
// expression, or the order error).
static bool late_positional_check(Parser *p, const Vec *kws)
{
    int start = p->pos;
    AstLoc loc = gilt_parser_start(p);
    AstExpr *e = check(p, TOK_NAME) &&
                         gilt_parser_peek2(p)->kind == TOK_COLONEQUAL
                     ? gilt_parser_named_expression(p)
                     : gilt_parser_expression(p);
    if (p->err_set)
        return false;
    if (e && check(p, TOK_EQUAL) && e->kind != AST_NAMEDEXPR)
        return gilt_parser_error_loc(
            p, AST_ERR_SYNTAX,
            gilt_parser_span(e->loc, gilt_parser_tok_loc(peek(p))),
            "expression cannot contain assignment, perhaps you meant \"==\"?");
    if (e && gilt_parser_comprehension_follows(p)) {
        AstComprehensionSeq gens;
        ParserMark m = gilt_parser_diag_begin(p);
        bool ok = gilt_parser_for_if_clauses(p, &gens);
        gilt_parser_diag_end(p, m, ok);
        if (ok)
            return unparenthesized_genexp(p, loc, &gens);
    }
    p->pos = start;
    p->failed = false;
    return positional_after_keyword(p, kws);
}

static bool late_positional(Parser *p, const Vec *kws)
{
    int fill = p->fill1; // what this looks at is not the first pass's
    bool ok = late_positional_check(p, kws);
    p->fill1 = fill;
    return ok;
}

// A keyword argument NAME '=' expression (invalid_kwarg's checks included).
static bool keyword_arg(Parser *p, Vec *kws)
{
    AstLoc loc = gilt_parser_start(p);
    GiltToken *name = gilt_parser_next(p);
    GiltToken *eq = gilt_parser_next(p);
    AstExpr *value = gilt_parser_expression(p);
    if (!value)
        return false;
    if (gilt_parser_comprehension_follows(p) && !p->diag) {
        AstComprehensionSeq gens;
        if (gilt_parser_for_if_clauses(p, &gens) || !p->err_set)
            gilt_parser_error_loc(p, AST_ERR_SYNTAX,
                                  gilt_parser_span(gilt_parser_tok_loc(name),
                                                   gilt_parser_tok_loc(eq)),
                                  "invalid syntax. Maybe you meant '==' or "
                                  "':=' instead of '='?");
        return false;
    }
    AstKeyword *k = keyword(p, loc, name, value);
    return k && gilt_parser_vec_push(p, kws, k);
}

// A positional argument, or a generator expression as the only argument
// (then *single is set). [lpar] is the call's '('.
static AstExpr *positional_arg(Parser *p, const GiltToken *lpar, int nargs,
                               bool *single)
{
    AstLoc loc = gilt_parser_start(p);
    // (assignment_expression | expression !':='), not named_expression:
    // its '=' diagnosis does not apply to arguments.
    AstExpr *e = check(p, TOK_NAME) &&
                         gilt_parser_peek2(p)->kind == TOK_COLONEQUAL
                     ? gilt_parser_named_expression(p)
                     : gilt_parser_expression(p);
    if (!e)
        return NULL;
    if (check(p, TOK_COLONEQUAL))
        return gilt_parser_fail(p);
    if (check(p, TOK_EQUAL)) {
        // invalid_kwarg: `f(a.b=1)`; with `f(a:=b=1)` its expression is
        // just the `a`, not followed by '='.
        if (e->kind == AST_NAMEDEXPR)
            return gilt_parser_fail(p);
        GiltToken *eq = peek(p);
        return gilt_parser_error_loc(
            p, AST_ERR_SYNTAX, gilt_parser_span(e->loc, gilt_parser_tok_loc(eq)),
            "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    if (!gilt_parser_comprehension_follows(p))
        return e;
    if (!lpar && !nargs) // class bases take no generator expression
        return gilt_parser_fail(p);
    AstExpr *gen = gilt_parser_expr(p, AST_GENERATOREXP,
                                    lpar ? gilt_parser_loc_from(p, lpar) : loc);
    if (!gen || !gilt_parser_for_if_clauses(p, &gen->v.comp.generators))
        return NULL;
    gen->v.comp.elt = e;
    if (nargs > 0 || check(p, TOK_COMMA))
        return unparenthesized_genexp(p, loc, &gen->v.comp.generators);
    if (!check(p, TOK_RPAR))
        return gilt_parser_fail(p);
    *single = true;
    return gen;
}

// One argument of any kind; returns false after an error.
static bool argument(Parser *p, const GiltToken *lpar, Vec *args, Vec *kws,
                     ArgsState *state, bool *single)
{
    GiltToken *t = peek(p);
    // Only names (and True/False/None) need the token after: reading
    // further would move where a plain "invalid syntax" is reported.
    bool named = t->kind == TOK_NAME || t->kind == TOK_KW_TRUE ||
                 t->kind == TOK_KW_FALSE || t->kind == TOK_KW_NONE;
    GiltTokenKind k2 = named ? gilt_parser_peek2(p)->kind : TOK_OP;
    if (t->kind == TOK_STAR) {
        if (*state == ARGS_MAPPINGS)
            return gilt_parser_error_at(p, t, "iterable argument unpacking "
                                              "follows keyword argument "
                                              "unpacking");
        AstExpr *e = gilt_parser_starred(p, gilt_parser_expression);
        if (e && *state == ARGS_POSITIONAL && !p->diag &&
            gilt_parser_comprehension_follows(p))
            return gilt_parser_error_loc(p, AST_ERR_SYNTAX, e->loc,
                                         "iterable unpacking cannot be used "
                                         "in comprehension");
        return e && gilt_parser_vec_push(p, args, e);
    }
    if (t->kind == TOK_DOUBLESTAR) {
        AstLoc loc = gilt_parser_start(p);
        p->pos++;
        AstExpr *value = gilt_parser_expression(p);
        AstKeyword *k = value ? keyword(p, loc, NULL, value) : NULL;
        *state = ARGS_MAPPINGS;
        return k && gilt_parser_vec_push(p, kws, k);
    }
    if (k2 == TOK_EQUAL && (t->kind == TOK_KW_TRUE || t->kind == TOK_KW_FALSE ||
                            t->kind == TOK_KW_NONE)) {
        AstLoc loc = gilt_parser_span(gilt_parser_tok_loc(t),
                                      gilt_parser_tok_loc(gilt_parser_peek2(p)));
        return gilt_parser_error_loc(p, AST_ERR_SYNTAX, loc, "cannot assign to %s",
                                     gilt_lexer_token_text(t->kind));
    }
    if (t->kind == TOK_NAME && k2 == TOK_EQUAL) {
        if (*state == ARGS_POSITIONAL)
            *state = ARGS_KEYWORDS;
        return keyword_arg(p, kws);
    }
    if (*state != ARGS_POSITIONAL && !p->diag)
        return late_positional(p, kws);
    AstExpr *e = positional_arg(p, lpar, args->n + kws->n, single);
    return e && gilt_parser_vec_push(p, args, e);
}

bool gilt_parser_call_args(Parser *p, AstExpr *call, const GiltToken *lpar)
{
    Vec args, kws;
    gilt_parser_vec_init(&args);
    gilt_parser_vec_init(&kws);
    ArgsState state = ARGS_POSITIONAL;
    bool single = false;
    while (!check(p, TOK_RPAR)) {
        if (!argument(p, lpar, &args, &kws, &state, &single))
            return false;
        if (single || !accept(p, TOK_COMMA))
            break;
    }
    if (!gilt_parser_expect(p, TOK_RPAR))
        return false;
    if (single)
        gilt_parser_finish_loc(p, &((AstExpr *)args.items[0])->loc);
    gilt_parser_finish_loc(p, &call->loc);
    return VEC_SEQ(p, &args, call->v.call.args) &&
           VEC_SEQ(p, &kws, call->v.call.keywords);
}

// ---- parameters ------------------------------------------------------------------

typedef struct Params {
    Vec posonly, args, defaults, kwonly, kw_defaults;
    AstArg *vararg, *kwarg;
    bool star;     // '*' seen (bare or with a name)
    bool slash;    // '/' seen
    bool lambda;
    GiltTokenKind close; // ')' for def, ':' for lambda
} Params;

// NAME [':' annotation]; [star] allows `*args: *Ts`.
static AstArg *param(Parser *p, Params *ps, bool star)
{
    AstLoc loc = gilt_parser_start(p);
    GiltToken *name = gilt_parser_expect(p, TOK_NAME);
    if (!name)
        return NULL;
    AstArg *a = gilt_parser_alloc(p, sizeof *a);
    if (!a || !(a->arg = gilt_parser_ident(p, name)))
        return NULL;
    if (!ps->lambda && accept(p, TOK_COLON)) {
        a->annotation = star && check(p, TOK_STAR)
                            ? gilt_parser_star_expression(p)
                            : gilt_parser_expression(p);
        if (!a->annotation)
            return NULL;
    }
    gilt_parser_finish_loc(p, &loc);
    a->loc = loc;
    return a;
}

// After a parameter: ',' or the closing token.
static bool param_end(Parser *p, Params *ps)
{
    return accept(p, TOK_COMMA) || check(p, ps->close) ||
           gilt_parser_fail(p);
}

// '/': the parameters so far are positional-only.
static bool slash(Parser *p, Params *ps)
{
    GiltToken *t = gilt_parser_next(p);
    if (ps->slash)
        return gilt_parser_error_at(p, t, "/ may appear only once");
    if (ps->star)
        return gilt_parser_error_at(p, t, "/ must be ahead of *");
    if (!ps->args.n)
        return gilt_parser_peek_diag(p)->kind == TOK_COMMA
                   ? gilt_parser_error_at(p, t, "at least one argument must "
                                                "precede /")
                   : gilt_parser_fail(p);
    ps->slash = true;
    // Move the items; a Vec's inline buffer cannot be shared.
    ps->posonly = ps->args;
    if (ps->args.items == ps->args.local)
        ps->posonly.items = ps->posonly.local;
    gilt_parser_vec_init(&ps->args);
    if (check(p, TOK_STAR))
        return gilt_parser_error_at(p, peek(p), "expected comma between / "
                                                "and *");
    return param_end(p, ps);
}

// '*' [NAME [':' annotation]]: the rest is keyword-only.
static bool star(Parser *p, Params *ps)
{
    GiltToken *t = gilt_parser_next(p);
    if (ps->star) {
        GiltTokenKind k = gilt_parser_peek_diag(p)->kind;
        if (k == TOK_NAME || k == TOK_COMMA)
            return gilt_parser_error_at(p, t, "* argument may appear only "
                                              "once");
        return gilt_parser_fail(p);
    }
    ps->star = true;
    GiltTokenKind k = peek(p)->kind;
    bool bare = k == ps->close;
    if (!bare && k == TOK_COMMA) {
        GiltTokenKind k2 = gilt_parser_peek2(p)->kind;
        bare = k2 == ps->close || k2 == TOK_DOUBLESTAR;
    }
    if (bare) {
        // def reports at the '*', lambda at the last token read.
        if (ps->lambda)
            return gilt_parser_error(p, "named arguments must follow bare *");
        return gilt_parser_error_at(p, t, "named arguments must follow bare *");
    }
    if (k == TOK_COMMA)
        return param_end(p, ps);
    if (!(ps->vararg = param(p, ps, true)))
        return false;
    if (check(p, TOK_EQUAL))
        return gilt_parser_error_at(p, peek(p), "var-positional argument "
                                                "cannot have default value");
    return param_end(p, ps);
}

// '**' NAME [':' annotation], which must come last.
static bool double_star(Parser *p, Params *ps)
{
    p->pos++;
    if (!(ps->kwarg = param(p, ps, false)))
        return false;
    if (check(p, TOK_EQUAL))
        return gilt_parser_error_at(p, peek(p), "var-keyword argument cannot "
                                                "have default value");
    if (!param_end(p, ps))
        return false;
    GiltToken *t = peek(p);
    if (t->kind == TOK_NAME) {
        AstArg *a = param(p, ps, false);
        return a && gilt_parser_error_loc(p, AST_ERR_SYNTAX, a->loc,
                                          "arguments cannot follow "
                                          "var-keyword argument");
    }
    if (t->kind == TOK_STAR || t->kind == TOK_DOUBLESTAR ||
        t->kind == TOK_SLASH)
        return gilt_parser_error_at(p, t, "arguments cannot follow "
                                          "var-keyword argument");
    return check(p, ps->close) || gilt_parser_fail(p);
}

// "def f(a, (b, c))": invalid_parameters' parenthesised names.
static bool parenthesized(Parser *p, Params *ps)
{
    GiltToken *lpar = peek(p), *rpar = NULL;
    ParserMark m = gilt_parser_diag_begin(p);
    p->pos++;
    bool ok = !ps->defaults.n && !ps->star && !ps->slash;
    int names = 0;
    while (ok && check(p, TOK_NAME)) {
        ok = param(p, ps, false) != NULL;
        names++;
        if (!accept(p, TOK_COMMA))
            break;
    }
    ok = ok && names && (rpar = accept(p, TOK_RPAR)) != NULL;
    gilt_parser_diag_end(p, m, false);
    if (!ok)
        return gilt_parser_fail(p);
    return gilt_parser_error_loc(
        p, AST_ERR_SYNTAX,
        gilt_parser_span(gilt_parser_tok_loc(lpar), gilt_parser_tok_loc(rpar)),
        ps->lambda ? "Lambda expression parameters cannot be parenthesized"
                   : "Function parameters cannot be parenthesized");
}

// A named parameter with an optional default.
static bool named_param(Parser *p, Params *ps)
{
    if (check(p, TOK_LPAR))
        return parenthesized(p, ps);
    AstArg *a = param(p, ps, false);
    if (!a)
        return false;
    AstExpr *def = NULL;
    if (accept(p, TOK_EQUAL) && !(def = gilt_parser_expression(p)))
        return false;
    if (ps->star) {
        if (!gilt_parser_vec_push(p, &ps->kwonly, a) ||
            !gilt_parser_vec_push(p, &ps->kw_defaults, def))
            return false;
    } else {
        if (!def && ps->defaults.n)
            return gilt_parser_error_loc(p, AST_ERR_SYNTAX, a->loc,
                                         "non-default argument follows "
                                         "default argument");
        if (!gilt_parser_vec_push(p, &ps->args, a) ||
            (def && !gilt_parser_vec_push(p, &ps->defaults, def)))
            return false;
    }
    return param_end(p, ps);
}

// The parameters of a def (up to ')') or lambda (up to ':'), the closing
// token not consumed.
AstArguments *gilt_parser_params(Parser *p, bool lambda)
{
    Params ps = {.lambda = lambda, .close = lambda ? TOK_COLON : TOK_RPAR};
    gilt_parser_vec_init(&ps.posonly);
    gilt_parser_vec_init(&ps.args);
    gilt_parser_vec_init(&ps.defaults);
    gilt_parser_vec_init(&ps.kwonly);
    gilt_parser_vec_init(&ps.kw_defaults);
    while (!check(p, ps.close) && !ps.kwarg) {
        GiltTokenKind k = peek(p)->kind;
        bool ok = k == TOK_SLASH        ? slash(p, &ps)
                  : k == TOK_STAR       ? star(p, &ps)
                  : k == TOK_DOUBLESTAR ? double_star(p, &ps)
                                        : named_param(p, &ps);
        if (!ok)
            return NULL;
    }
    AstArguments *a = gilt_parser_alloc(p, sizeof *a);
    if (!a || !VEC_SEQ(p, &ps.posonly, a->posonlyargs) ||
        !VEC_SEQ(p, &ps.args, a->args) ||
        !VEC_SEQ(p, &ps.defaults, a->defaults) ||
        !VEC_SEQ(p, &ps.kwonly, a->kwonlyargs) ||
        !VEC_SEQ(p, &ps.kw_defaults, a->kw_defaults))
        return NULL;
    a->vararg = ps.vararg;
    a->kwarg = ps.kwarg;
    return a;
}
