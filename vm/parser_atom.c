/* parser_atom.c - Primaries, atoms, slices and comprehensions.
 *
 * primary: atom followed by attribute, call and subscript trailers; atoms
 * are names, literals and the bracketed displays (tuple, group, list,
 * dict, set, their comprehensions, generator expressions). As elsewhere a
 * node starts at the first token of its rule: "(a).b" starts at "(".
 */
#include "parser.h"

#define peek gilt_parser_peek
#define accept gilt_parser_accept
#define check gilt_parser_check

// ---- primaries ------------------------------------------------------------------

static AstExpr *attribute(Parser *p, AstLoc loc, AstExpr *value)
{
    p->pos++; // '.'
    GiltToken *name = gilt_parser_expect(p, TOK_NAME);
    if (!name)
        return NULL;
    gilt_parser_finish_loc(p, &loc);
    AstExpr *e = gilt_parser_expr(p, AST_ATTRIBUTE, loc);
    if (e && !(e->v.attribute.attr = gilt_parser_ident(p, name)))
        return NULL;
    if (e) {
        e->v.attribute.value = value;
        e->v.attribute.ctx = AST_LOAD;
    }
    return e;
}

static AstExpr *subscript(Parser *p, AstLoc loc, AstExpr *value)
{
    p->pos++; // '['
    if (!gilt_parser_depth_enter(p))
        return NULL;
    AstExpr *slice = gilt_parser_slices(p);
    p->depth--;
    if (!slice || !gilt_parser_expect(p, TOK_RSQB))
        return NULL;
    gilt_parser_finish_loc(p, &loc);
    AstExpr *e = gilt_parser_expr(p, AST_SUBSCRIPT, loc);
    if (e) {
        e->v.subscript.value = value;
        e->v.subscript.slice = slice;
        e->v.subscript.ctx = AST_LOAD;
    }
    return e;
}

static AstExpr *call(Parser *p, AstLoc loc, AstExpr *func)
{
    GiltToken *lpar = gilt_parser_next(p);
    AstExpr *e = gilt_parser_expr(p, AST_CALL, loc);
    if (!e || !gilt_parser_depth_enter(p))
        return NULL;
    e->v.call.func = func;
    bool ok = gilt_parser_call_args(p, e, lpar);
    p->depth--;
    return ok ? e : NULL;
}

// primary: atom ('.' NAME | '(' [arguments] ')' | '[' slices ']')*
AstExpr *gilt_parser_primary(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    AstExpr *e = gilt_parser_atom(p);
    while (e) {
        int pos = p->pos;
        AstExpr *next;
        switch (peek(p)->kind) {
        case TOK_DOT: next = attribute(p, loc, e); break;
        case TOK_LPAR: next = call(p, loc, e); break;
        case TOK_LSQB: next = subscript(p, loc, e); break;
        default: return e;
        }
        if (!next && gilt_parser_backtrack(p, pos))
            return e;
        e = next;
    }
    return NULL;
}

// One element of slices: a slice, a starred expression or a named
// expression.
static AstExpr *slice_item(Parser *p)
{
    if (check(p, TOK_STAR))
        return gilt_parser_starred(p, gilt_parser_expression);
    AstLoc loc = gilt_parser_start(p);
    AstExpr *lower = NULL;
    if (!check(p, TOK_COLON)) {
        lower = gilt_parser_named_expression(p);
        if (!lower || !check(p, TOK_COLON))
            return lower;
        if (lower->kind == AST_NAMEDEXPR)
            return gilt_parser_fail(p);
    }
    p->pos++; // ':'
    AstExpr *upper = NULL, *step = NULL;
    if (gilt_parser_starts_expression(peek(p)) &&
        !(upper = gilt_parser_expression(p)))
        return NULL;
    if (accept(p, TOK_COLON) && gilt_parser_starts_expression(peek(p)) &&
        !(step = gilt_parser_expression(p)))
        return NULL;
    gilt_parser_finish_loc(p, &loc);
    AstExpr *e = gilt_parser_expr(p, AST_SLICE, loc);
    if (e) {
        e->v.slice.lower = lower;
        e->v.slice.upper = upper;
        e->v.slice.step = step;
    }
    return e;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
AstExpr *gilt_parser_slices(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    AstExpr *first = slice_item(p);
    if (!first || (!check(p, TOK_COMMA) && first->kind != AST_STARRED))
        return first;
    Vec elts;
    gilt_parser_vec_init(&elts);
    if (!gilt_parser_vec_push(p, &elts, first))
        return NULL;
    while (accept(p, TOK_COMMA)) {
        GiltToken *t = peek(p);
        if (!gilt_parser_starts_expression(t) && t->kind != TOK_STAR &&
            t->kind != TOK_COLON)
            break;
        AstExpr *e = slice_item(p);
        if (!e || !gilt_parser_vec_push(p, &elts, e))
            return NULL;
    }
    gilt_parser_finish_loc(p, &loc);
    AstExprSeq seq;
    if (!VEC_SEQ(p, &elts, seq))
        return NULL;
    return gilt_parser_tuple(p, seq, AST_LOAD, loc);
}

// ---- comprehensions ------------------------------------------------------------

bool gilt_parser_comprehension_follows(Parser *p)
{
    GiltTokenKind k = peek(p)->kind;
    return k == TOK_KW_FOR ||
           (k == TOK_KW_ASYNC && gilt_parser_peek2(p)->kind == TOK_KW_FOR);
}

// invalid_for_target: after 'for' [at], a target that is not one.
void *gilt_parser_invalid_for_target(Parser *p, int at)
{
    AstExpr *e;
    if (p->diag || p->err_set)
        return gilt_parser_fail(p);
    gilt_parser_rewind(p, at);
    if (gilt_parser_try(p, gilt_parser_star_expressions, &e))
        gilt_parser_invalid_target_error(p, e, TARGET_FOR);
    return gilt_parser_fail(p);
}

static AstComprehension *for_if_clause(Parser *p)
{
    AstComprehension *c = gilt_parser_alloc(p, sizeof *c);
    if (!c)
        return NULL;
    c->is_async = accept(p, TOK_KW_ASYNC) != NULL;
    p->pos++; // 'for'
    int at = p->pos;
    if (!(c->target = gilt_parser_star_targets(p)) || !accept(p, TOK_KW_IN))
        return gilt_parser_invalid_for_target(p, at);
    if (!(c->iter = gilt_parser_disjunction(p)))
        return NULL;
    Vec ifs;
    gilt_parser_vec_init(&ifs);
    while (accept(p, TOK_KW_IF)) {
        AstExpr *e = gilt_parser_disjunction(p);
        if (!e || !gilt_parser_vec_push(p, &ifs, e))
            return NULL;
    }
    return VEC_SEQ(p, &ifs, c->ifs) ? c : NULL;
}

bool gilt_parser_for_if_clauses(Parser *p, AstComprehensionSeq *out)
{
    Vec gens;
    gilt_parser_vec_init(&gens);
    while (gilt_parser_comprehension_follows(p)) {
        AstComprehension *c = for_if_clause(p);
        if (!c || !gilt_parser_vec_push(p, &gens, c))
            return false;
    }
    return VEC_SEQ(p, &gens, *out);
}

// elt for_if_clauses, closed by [close]: ListComp, SetComp, GeneratorExp.
static AstExpr *comprehension(Parser *p, AstExprKind kind, AstLoc loc,
                              AstExpr *elt, GiltTokenKind close)
{
    if (elt->kind == AST_STARRED)
        return gilt_parser_error_loc(p, AST_ERR_SYNTAX, elt->loc,
                                     "iterable unpacking cannot be used in "
                                     "comprehension");
    AstExpr *e = gilt_parser_expr(p, kind, loc);
    if (!e || !gilt_parser_for_if_clauses(p, &e->v.comp.generators) ||
        !gilt_parser_expect(p, close))
        return NULL;
    e->v.comp.elt = elt;
    gilt_parser_finish_loc(p, &e->loc);
    return e;
}

// ---- atoms ------------------------------------------------------------------------

static AstExpr *constant(Parser *p, AstConstKind kind)
{
    AstExpr *e = gilt_parser_expr(p, AST_CONSTANT,
                                  gilt_parser_loc_from(p, gilt_parser_next(p)));
    if (e)
        e->v.constant.kind = kind;
    return e;
}

// The elements after the first of a tuple, list or set display, up to
// [close] (not consumed).
static bool elements(Parser *p, Vec *elts, GiltTokenKind close)
{
    while (accept(p, TOK_COMMA)) {
        if (check(p, close))
            break;
        // "[a, for ...]" is only looked for by CPython's error pass.
        p->diag++;
        bool comp = gilt_parser_comprehension_follows(p);
        p->diag--;
        if (comp)
            break;
        AstExpr *e = gilt_parser_star_named_expression(p);
        if (!e || !gilt_parser_vec_push(p, elts, e))
            return false;
    }
    return true;
}

// A display [kind] from [loc] holding [first] and what follows, closed
// by [close].
// invalid_comprehension: "[a, b for ...]" in a list or set display.
static void *unparenthesized_target(Parser *p, Vec *elts)
{
    int pos = p->pos;
    AstComprehensionSeq gens;
    ParserMark m = gilt_parser_diag_begin(p);
    bool ok = gilt_parser_for_if_clauses(p, &gens);
    gilt_parser_diag_end(p, m, ok);
    p->pos = pos;
    if (!ok)
        return gilt_parser_fail(p);
    AstLoc end = ((AstExpr *)elts->items[elts->n - 1])->loc;
    if (elts->n == 1)
        end = gilt_parser_tok_loc(gilt_parser_token(p, pos - 1));
    return gilt_parser_error_loc(p, AST_ERR_SYNTAX,
                                 gilt_parser_span(((AstExpr *)elts->items[0])->loc,
                                                  end),
                                 "did you forget parentheses around the "
                                 "comprehension target?");
}

static AstExpr *display(Parser *p, AstExprKind kind, AstLoc loc,
                        AstExpr *first, GiltTokenKind close)
{
    Vec elts;
    gilt_parser_vec_init(&elts);
    if (!gilt_parser_vec_push(p, &elts, first) || !elements(p, &elts, close))
        return NULL;
    p->diag++;
    bool comp = kind != AST_TUPLE && gilt_parser_comprehension_follows(p);
    p->diag--;
    if (comp && !p->diag)
        return unparenthesized_target(p, &elts);
    if (!gilt_parser_expect(p, close))
        return NULL;
    gilt_parser_finish_loc(p, &loc);
    AstExpr *e = gilt_parser_expr(p, kind, loc);
    if (!e)
        return NULL;
    AstExprSeq *seq = kind == AST_SET ? &e->v.set.elts : &e->v.seq.elts;
    if (!VEC_SEQ(p, &elts, *seq))
        return NULL;
    if (kind != AST_SET)
        e->v.seq.ctx = AST_LOAD;
    return e;
}

static AstExpr *empty(Parser *p, AstExprKind kind, AstLoc loc)
{
    p->pos++; // the closing bracket
    gilt_parser_finish_loc(p, &loc);
    AstExpr *e = gilt_parser_expr(p, kind, loc);
    if (e && kind != AST_DICT)
        e->v.seq.ctx = AST_LOAD;
    return e;
}

// '(' ... ')': tuple, group or generator expression.
static AstExpr *paren(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    p->pos++;
    if (check(p, TOK_RPAR))
        return empty(p, AST_TUPLE, loc);
    if (check(p, TOK_KW_YIELD)) {
        AstExpr *e = gilt_parser_yield_expr(p);
        return e && gilt_parser_expect(p, TOK_RPAR) ? e : NULL;
    }
    GiltToken *dstar = accept(p, TOK_DOUBLESTAR);
    if (dstar) {
        // invalid_group: '(' '**' expression ')'
        AstExpr *e = gilt_parser_expression(p);
        if (e && check(p, TOK_RPAR))
            return gilt_parser_error_at(p, dstar, "cannot use double starred "
                                                  "expression here");
        return gilt_parser_fail(p);
    }
    AstExpr *first = gilt_parser_star_named_expression(p);
    if (!first)
        return NULL;
    if (gilt_parser_comprehension_follows(p))
        return comprehension(p, AST_GENERATOREXP, loc, first, TOK_RPAR);
    if (check(p, TOK_COMMA))
        return display(p, AST_TUPLE, loc, first, TOK_RPAR);
    if (!gilt_parser_expect(p, TOK_RPAR))
        return NULL;
    if (first->kind == AST_STARRED)
        return gilt_parser_error_loc(p, AST_ERR_SYNTAX, first->loc,
                                     "cannot use starred expression here");
    return first;
}

// '[' ... ']': list or list comprehension.
static AstExpr *list(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    p->pos++;
    if (check(p, TOK_RSQB))
        return empty(p, AST_LIST, loc);
    AstExpr *first = gilt_parser_star_named_expression(p);
    if (!first)
        return NULL;
    if (gilt_parser_comprehension_follows(p))
        return comprehension(p, AST_LISTCOMP, loc, first, TOK_RSQB);
    return display(p, AST_LIST, loc, first, TOK_RSQB);
}

// One dict entry: '**' bitwise_or (key NULL) or expression ':' expression.
// The value after "key:", with the error pass's checks on what follows
// the ':' (invalid_double_starred_kvpairs).
static AstExpr *dict_value(Parser *p)
{
    GiltToken *colon = gilt_parser_token(p, p->pos - 1), *t = peek(p);
    if (!p->diag && (t->kind == TOK_RBRACE || t->kind == TOK_COMMA))
        return gilt_parser_error_at(p, colon, "expression expected after "
                                              "dictionary key and ':'");
    if (!p->diag && t->kind == TOK_STAR) {
        AstExpr *e;
        p->pos++;
        if (gilt_parser_try(p, gilt_parser_bitwise_or, &e))
            return gilt_parser_error_from(p, gilt_parser_tok_loc(t),
                                          "cannot use a starred expression "
                                          "in a dictionary value");
        return gilt_parser_fail(p);
    }
    return gilt_parser_expression(p);
}

// One dict entry after the first: '**' bitwise_or (key NULL) or
// expression ':' expression.
static bool dict_item(Parser *p, Vec *keys, Vec *values)
{
    AstExpr *key = NULL, *value;
    if (accept(p, TOK_DOUBLESTAR)) {
        value = gilt_parser_bitwise_or(p);
    } else {
        // CPython reports a key without ':' before any error inside it.
        p->quiet++;
        key = gilt_parser_expression(p);
        p->quiet--;
        if (!key)
            return false;
        if (!accept(p, TOK_COLON)) {
            if (p->diag)
                return gilt_parser_fail(p);
            AstLoc loc = key->loc; // invalid_kvpair
            loc.col_offset = loc.end_col_offset - 1;
            loc.end_col_offset = -1;
            return gilt_parser_error_loc(p, AST_ERR_SYNTAX, loc,
                                         "':' expected after dictionary key");
        }
        value = dict_value(p);
    }
    return value && gilt_parser_vec_push(p, keys, key) &&
           gilt_parser_vec_push(p, values, value);
}

// A dict display after its first entry.
static AstExpr *dict(Parser *p, AstLoc loc, Vec *keys, Vec *values)
{
    while (accept(p, TOK_COMMA)) {
        if (check(p, TOK_RBRACE))
            break;
        if (!dict_item(p, keys, values))
            return NULL;
    }
    if (!gilt_parser_expect(p, TOK_RBRACE))
        return NULL;
    gilt_parser_finish_loc(p, &loc);
    AstExpr *e = gilt_parser_expr(p, AST_DICT, loc);
    if (!e || !VEC_SEQ(p, keys, e->v.dict.keys) ||
        !VEC_SEQ(p, values, e->v.dict.values))
        return NULL;
    return e;
}

static AstExpr *dictcomp(Parser *p, AstLoc loc, AstExpr *key, AstExpr *value)
{
    AstExpr *e = gilt_parser_expr(p, AST_DICTCOMP, loc);
    if (!e || !gilt_parser_for_if_clauses(p, &e->v.dictcomp.generators) ||
        !gilt_parser_expect(p, TOK_RBRACE))
        return NULL;
    e->v.dictcomp.key = key;
    e->v.dictcomp.value = value;
    gilt_parser_finish_loc(p, &e->loc);
    return e;
}

// '{' ... '}': dict, set, or their comprehensions.
static AstExpr *brace(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    p->pos++;
    if (check(p, TOK_RBRACE))
        return empty(p, AST_DICT, loc);
    Vec keys, values;
    gilt_parser_vec_init(&keys);
    gilt_parser_vec_init(&values);
    GiltToken *t = peek(p);
    bool named = t->kind == TOK_NAME &&
                 gilt_parser_peek2(p)->kind == TOK_COLONEQUAL;
    if (t->kind == TOK_DOUBLESTAR) {
        p->pos++;
        AstExpr *value = gilt_parser_bitwise_or(p);
        if (!value || !gilt_parser_vec_push(p, &keys, NULL) ||
            !gilt_parser_vec_push(p, &values, value))
            return NULL;
        if (gilt_parser_comprehension_follows(p))
            return gilt_parser_error_at(p, t, "dict unpacking cannot be used "
                                              "in dict comprehension");
        return dict(p, loc, &keys, &values);
    }
    int start = p->pos;
    AstExpr *first = (t->kind == TOK_STAR || named)
                         ? gilt_parser_star_named_expression(p)
                         : gilt_parser_expression(p);
    if (first && !named && t->kind != TOK_STAR && !check(p, TOK_COLON))
        first = gilt_parser_named_tail(p, start, first);
    if (!first)
        return NULL;
    if (first->kind != AST_STARRED && !named && accept(p, TOK_COLON)) {
        AstExpr *value = dict_value(p);
        if (!value)
            return NULL;
        if (gilt_parser_comprehension_follows(p))
            return dictcomp(p, loc, first, value);
        if (!gilt_parser_vec_push(p, &keys, first) ||
            !gilt_parser_vec_push(p, &values, value))
            return NULL;
        return dict(p, loc, &keys, &values);
    }
    if (gilt_parser_comprehension_follows(p))
        return comprehension(p, AST_SETCOMP, loc, first, TOK_RBRACE);
    return display(p, AST_SET, loc, first, TOK_RBRACE);
}

AstExpr *gilt_parser_atom(Parser *p)
{
    GiltToken *t = peek(p);
    AstExpr *e;
    switch (t->kind) {
    case TOK_NAME:
        p->pos++;
        return gilt_parser_name(p, t, AST_LOAD);
    case TOK_KW_TRUE: return constant(p, AST_CONST_TRUE);
    case TOK_KW_FALSE: return constant(p, AST_CONST_FALSE);
    case TOK_KW_NONE: return constant(p, AST_CONST_NONE);
    case TOK_ELLIPSIS: return constant(p, AST_CONST_ELLIPSIS);
    case TOK_NUMBER:
        p->pos++;
        return gilt_parser_number(p, t);
    case TOK_STRING: return gilt_parser_strings(p);
    case TOK_LPAR:
    case TOK_LSQB:
    case TOK_LBRACE:
        if (!gilt_parser_depth_enter(p))
            return NULL;
        e = t->kind == TOK_LPAR ? paren(p) : t->kind == TOK_LSQB ? list(p)
                                                                 : brace(p);
        p->depth--;
        return e;
    default:
        return gilt_parser_fail(p);
    }
}
