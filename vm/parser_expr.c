/* parser_expr.c - Expressions: operators, primaries and atoms.
 *
 * One function per grammar level down to bitwise_or; the six binary
 * operator levels below it (| ^ & shifts, + -, * / // % @) are one
 * precedence-climbing loop, which keeps the C recursion per parenthesis
 * level small. A node's location starts at the first token of the rule
 * that built it, which is not always its first child's start: in
 * "(a) + b" the BinOp starts at the parenthesis.
 *
 * The invalid_expression / invalid_legacy_expression checks of CPython's
 * error pass ("Perhaps you forgot a comma?", "Missing parentheses in call
 * to 'print'") run where an expression is followed by a token that can
 * only start another one; valid code never gets there.
 */
#include <string.h>

#include "parser.h"

#define peek gilt_parser_peek
#define accept gilt_parser_accept
#define check gilt_parser_check

static AstExpr *factor(Parser *p);

bool gilt_parser_starts_expression(const GiltToken *t)
{
    switch (t->kind) {
    case TOK_NAME:
    case TOK_NUMBER:
    case TOK_STRING:
    case TOK_LPAR:
    case TOK_LSQB:
    case TOK_LBRACE:
    case TOK_MINUS:
    case TOK_PLUS:
    case TOK_TILDE:
    case TOK_KW_NOT:
    case TOK_KW_LAMBDA:
    case TOK_KW_AWAIT:
    case TOK_ELLIPSIS:
    case TOK_KW_TRUE:
    case TOK_KW_FALSE:
    case TOK_KW_NONE:
        return true;
    default:
        return false;
    }
}

// Tokens that start an expression but cannot continue one, so after a
// complete expression they mean a missing operator or comma.
static bool only_starts_expression(Parser *p)
{
    const GiltToken *t = peek(p);
    switch (t->kind) {
    case TOK_NAME:
    case TOK_NUMBER:
    case TOK_STRING:
    case TOK_LBRACE:
    case TOK_TILDE:
    case TOK_KW_LAMBDA:
    case TOK_KW_AWAIT:
    case TOK_ELLIPSIS:
    case TOK_KW_TRUE:
    case TOK_KW_FALSE:
    case TOK_KW_NONE:
        return true;
    case TOK_KW_NOT:
        return gilt_parser_peek2(p)->kind != TOK_KW_IN;
    default:
        return false;
    }
}

bool gilt_parser_backtrack(Parser *p, int pos)
{
    if ((!p->diag && !p->peg) || p->lex_error || (p->err_set && !p->spec))
        return false;
    p->pos = pos;
    p->failed = false;
    return true;
}

bool gilt_parser_depth_enter(Parser *p)
{
    if (GILT_UNLIKELY(++p->depth > PARSER_MAX_DEPTH)) {
        p->depth--;
        gilt_parser_error(p, "too complex: the parser's nesting limit was "
                             "reached");
        return false;
    }
    return true;
}

static bool is_legacy_name(const AstExpr *e)
{
    return e->kind == AST_NAME && (strcmp(e->v.name.id, "print") == 0 ||
                                   strcmp(e->v.name.id, "exec") == 0);
}

// CPython 3.11's SOFT_KEYWORD test compares only the token's length
// (strncmp), so any prefix of a soft keyword ("c", "ma", "_") counts.
static bool is_soft_keyword(const GiltToken *t)
{
    static const char *const soft[] = {"_", "case", "match"};
    for (int i = 0; i < 3; i++)
        if (t->kind == TOK_NAME && t->len <= strlen(soft[i]) &&
            memcmp(t->start, soft[i], t->len) == 0)
            return true;
    return false;
}

// CPython's expression_without_invalid, parsed speculatively: does an
// expression start here? Leaves p->pos after it on success.
bool gilt_parser_try(Parser *p, AstExpr *(*rule)(Parser *), AstExpr **out)
{
    ParserMark m = gilt_parser_diag_begin(p);
    *out = rule(p);
    return gilt_parser_diag_end(p, m, *out != NULL);
}

// What follows [a] is parsed as star_expressions with the error checks
// on, as CPython's error pass ends up doing (invalid_legacy_expression
// among others): errors inside it are reported, and "print x" gets its
// own message. Returns false after an error.
static bool legacy_expression(Parser *p, int start, AstExpr *a)
{
    int pos = p->pos, fill = p->fill1;
    bool failed = p->failed;
    // "a b c d ...": each name's check parses the rest; bound the nesting.
    if (!gilt_parser_depth_enter(p))
        return false;
    p->peg++;
    AstExpr *b = gilt_parser_star_expressions(p);
    p->peg--;
    p->depth--;
    p->fill1 = fill; // the error pass does not move the first pass's spot
    p->pos = pos;
    if (p->err_set)
        return false;
    p->failed = failed;
    if (b && is_legacy_name(a) && start + 1 == pos) {
        gilt_parser_error_loc(p, AST_ERR_SYNTAX, gilt_parser_span(a->loc, b->loc),
                              "Missing parentheses in call to '%s'. Did you "
                              "mean %s(...)?",
                              a->v.name.id, a->v.name.id);
        return false;
    }
    return true;
}

// [a] (a disjunction starting at token index [start]) is followed by a
// token that can only start an expression: the error pass's
// invalid_expression ("Perhaps you forgot a comma?", inside brackets)
// and invalid_legacy_expression, in that order. Returns false after
// raising an error.
static bool adjacent_expressions(Parser *p, int start, AstExpr *a)
{
    const GiltToken *first = gilt_parser_token(p, start);
    int pos = p->pos;
    AstExpr *b;
    bool skip = is_legacy_name(a) || is_soft_keyword(first) ||
                (first->kind == TOK_NAME &&
                 gilt_parser_token(p, start + 1)->kind == TOK_STRING);
    if (!skip && gilt_parser_try(p, gilt_parser_expression, &b)) {
        p->diag++; // reading b's last token is not the parse looking ahead
        int level = gilt_parser_token(p, p->pos - 1)->level;
        p->diag--;
        gilt_parser_rewind(p, pos);
        if (level > 0) {
            gilt_parser_error_loc(p, AST_ERR_SYNTAX,
                                  gilt_parser_span(a->loc, b->loc),
                                  "invalid syntax. Perhaps you forgot a "
                                  "comma?");
            return false;
        }
    }
    // invalid_legacy_expression starts from a NAME; CPython's error pass
    // also reaches into a '{' display after any expression (observed).
    if (p->failed)
        return false;
    if ((a->kind == AST_NAME && start + 1 == pos) || check(p, TOK_LBRACE))
        return legacy_expression(p, start, a);
    return true;
}

static AstExpr *lambdef(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    p->pos++; // 'lambda'
    AstArguments *args = check(p, TOK_COLON)
                             ? gilt_parser_empty_arguments(p)
                             : gilt_parser_params(p, true);
    if (!args || !gilt_parser_expect(p, TOK_COLON))
        return NULL;
    AstExpr *body = gilt_parser_expression(p);
    if (!body)
        return NULL;
    gilt_parser_finish_loc(p, &loc);
    AstExpr *e = gilt_parser_expr(p, AST_LAMBDA, loc);
    if (e) {
        e->v.lambda.args = args;
        e->v.lambda.body = body;
    }
    return e;
}

// 'if' disjunction 'else' expression: returns the last, the test is left
// in p->if_test (for the speculative parse in gilt_parser_expression).
static AstExpr *if_tail(Parser *p)
{
    p->pos++;
    AstExpr *b = gilt_parser_disjunction(p);
    if (!b || !accept(p, TOK_KW_ELSE) || !gilt_parser_depth_enter(p))
        return NULL;
    AstExpr *c = gilt_parser_expression(p);
    p->depth--;
    p->if_test = b;
    return c;
}

// [a] 'if' disjunction 'else' expression, the 'if' next; NULL after an
// error, or [a] alone while diagnosing (as a PEG rule would fall back).
static AstExpr *conditional(Parser *p, AstLoc loc, AstExpr *a)
{
    AstExpr *b, *c;
    if (p->diag) {
        if (!gilt_parser_try(p, if_tail, &c))
            return a; // rewound to the 'if'
        b = p->if_test;
    } else {
        p->pos++;
        if (!(b = gilt_parser_disjunction(p)))
            return NULL;
        if (!accept(p, TOK_KW_ELSE)) {
            if (check(p, TOK_COLON))
                return gilt_parser_fail(p);
            return gilt_parser_error_loc(p, AST_ERR_SYNTAX,
                                         gilt_parser_span(a->loc, b->loc),
                                         "expected 'else' after 'if' "
                                         "expression");
        }
        if (!gilt_parser_depth_enter(p))
            return NULL;
        c = gilt_parser_expression(p);
        p->depth--;
        if (!c)
            return NULL;
    }
    gilt_parser_finish_loc(p, &loc);
    AstExpr *e = gilt_parser_expr(p, AST_IFEXP, loc);
    if (e) {
        e->v.ifexp.test = b;
        e->v.ifexp.body = a;
        e->v.ifexp.orelse = c;
    }
    return e;
}

// expression: disjunction ['if' disjunction 'else' expression] | lambdef
AstExpr *gilt_parser_expression(Parser *p)
{
    if (check(p, TOK_KW_LAMBDA)) {
        if (!gilt_parser_depth_enter(p))
            return NULL;
        AstExpr *e = lambdef(p);
        p->depth--;
        return e;
    }
    int start = p->pos;
    AstLoc loc = gilt_parser_start(p);
    AstExpr *a = gilt_parser_disjunction(p);
    if (!a)
        return NULL;
    if (check(p, TOK_KW_IF))
        return conditional(p, loc, a);
    if (!p->diag && !p->quiet && only_starts_expression(p) &&
        !adjacent_expressions(p, start, a))
        return NULL;
    return a;
}

// NAME ':=' expression
static AstExpr *assignment_expression(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    GiltToken *name = gilt_parser_next(p);
    p->pos++; // ':='
    AstExpr *target = gilt_parser_name(p, name, AST_STORE);
    AstExpr *value = target ? gilt_parser_expression(p) : NULL;
    if (!value)
        return NULL;
    gilt_parser_finish_loc(p, &loc);
    AstExpr *e = gilt_parser_expr(p, AST_NAMEDEXPR, loc);
    if (e) {
        e->v.namedexpr.target = target;
        e->v.namedexpr.value = value;
    }
    return e;
}

// Does the atom at token [start] parse as a list, a parenthesised tuple or
// a generator expression (the lookahead of invalid_named_expression)?
static bool starts_with_display(Parser *p, int start)
{
    const GiltToken *first = gilt_parser_token(p, start);
    if (first->kind != TOK_LSQB && first->kind != TOK_LPAR)
        return false;
    int pos = p->pos;
    gilt_parser_rewind(p, start);
    AstExpr *a;
    bool ok = gilt_parser_try(p, gilt_parser_atom, &a);
    gilt_parser_rewind(p, pos);
    if (!ok || a->loc.lineno != first->lineno ||
        a->loc.col_offset != first->col)
        return false;
    return a->kind == AST_LIST || a->kind == AST_TUPLE ||
           a->kind == AST_GENERATOREXP;
}

// The error pass's invalid_named_expression for [a] (from token [start])
// followed by '=': "x = 1" where an expression was expected.
static void *named_expression_assign(Parser *p, int start, AstExpr *a)
{
    int pos = p->pos;
    AstExpr *b = NULL, *a2 = NULL;
    p->diag++; // lookahead for the message only
    p->pos++;  // '='
    bool ok = gilt_parser_try(p, gilt_parser_bitwise_or, &b);
    GiltTokenKind next = peek(p)->kind;
    gilt_parser_rewind(p, start);
    ok = ok && next != TOK_EQUAL && next != TOK_COLONEQUAL &&
         gilt_parser_try(p, gilt_parser_bitwise_or, &a2) && p->pos == pos;
    gilt_parser_rewind(p, pos);
    GiltTokenKind first = gilt_parser_token(p, start)->kind;
    bool excluded = first == TOK_KW_TRUE || first == TOK_KW_NONE ||
                    first == TOK_KW_FALSE || starts_with_display(p, start);
    p->diag--;
    if (!ok)
        return gilt_parser_fail(p);
    if (a->kind == AST_NAME && start + 1 == pos)
        return gilt_parser_error_loc(p, AST_ERR_SYNTAX,
                                     gilt_parser_span(a->loc, b->loc),
                                     "invalid syntax. Maybe you meant '==' or "
                                     "':=' instead of '='?");
    if (excluded)
        return gilt_parser_fail(p);
    return gilt_parser_error_loc(p, AST_ERR_SYNTAX, a->loc,
                                 "cannot assign to %s here. Maybe you meant "
                                 "'==' instead of '='?",
                                 gilt_parser_expr_name(a));
}

// "a.b := 1": invalid_named_expression's first alternative.
static void *named_expression_walrus(Parser *p, AstExpr *a)
{
    int pos = p->pos;
    p->pos++; // ':='
    AstExpr *b;
    bool ok = gilt_parser_try(p, gilt_parser_expression, &b);
    gilt_parser_rewind(p, pos);
    if (!ok)
        return gilt_parser_fail(p);
    return gilt_parser_error_loc(p, AST_ERR_SYNTAX, a->loc,
                                 "cannot use assignment expressions with %s",
                                 gilt_parser_expr_name(a));
}

// named_expression: NAME ':=' expression | expression !':='
AstExpr *gilt_parser_named_expression(Parser *p)
{
    GiltToken *t = peek(p);
    if (t->kind == TOK_NAME && gilt_parser_peek2(p)->kind == TOK_COLONEQUAL)
        return assignment_expression(p);
    int start = p->pos;
    AstExpr *e = gilt_parser_expression(p);
    return e ? gilt_parser_named_tail(p, start, e) : NULL;
}

AstExpr *gilt_parser_named_tail(Parser *p, int start, AstExpr *e)
{
    GiltTokenKind k = peek(p)->kind;
    if (p->diag || (k != TOK_COLONEQUAL && k != TOK_EQUAL))
        return e;
    if (k == TOK_COLONEQUAL)
        return named_expression_walrus(p, e);
    return named_expression_assign(p, start, e);
}

AstExpr *gilt_parser_starred(Parser *p, AstExpr *(*rule)(Parser *))
{
    AstLoc loc = gilt_parser_start(p);
    p->pos++; // '*'
    AstExpr *value = rule(p);
    if (!value)
        return NULL;
    gilt_parser_finish_loc(p, &loc);
    AstExpr *e = gilt_parser_expr(p, AST_STARRED, loc);
    if (e) {
        e->v.starred.value = value;
        e->v.starred.ctx = AST_LOAD;
    }
    return e;
}

// star_named_expression: '*' bitwise_or | named_expression
AstExpr *gilt_parser_star_named_expression(Parser *p)
{
    if (check(p, TOK_STAR))
        return gilt_parser_starred(p, gilt_parser_bitwise_or);
    return gilt_parser_named_expression(p);
}

// star_expression: '*' bitwise_or | expression
AstExpr *gilt_parser_star_expression(Parser *p)
{
    if (check(p, TOK_STAR))
        return gilt_parser_starred(p, gilt_parser_bitwise_or);
    return gilt_parser_expression(p);
}

// [item] (',' [item])* [','], a Tuple when there is a comma.
static AstExpr *tuple_of(Parser *p, AstExpr *(*item)(Parser *), bool star)
{
    AstLoc loc = gilt_parser_start(p);
    AstExpr *first = item(p);
    if (!first || !check(p, TOK_COMMA))
        return first;
    Vec elts;
    gilt_parser_vec_init(&elts);
    if (!gilt_parser_vec_push(p, &elts, first))
        return NULL;
    while (accept(p, TOK_COMMA)) {
        GiltToken *t = peek(p);
        if (!gilt_parser_starts_expression(t) && !(star && t->kind == TOK_STAR))
            break;
        int pos = p->pos;
        AstExpr *e = item(p);
        if (!e && gilt_parser_backtrack(p, pos))
            break;
        if (!e || !gilt_parser_vec_push(p, &elts, e))
            return NULL;
    }
    gilt_parser_finish_loc(p, &loc);
    AstExprSeq seq;
    if (!VEC_SEQ(p, &elts, seq))
        return NULL;
    return gilt_parser_tuple(p, seq, AST_LOAD, loc);
}

AstExpr *gilt_parser_star_expressions(Parser *p)
{
    return tuple_of(p, gilt_parser_star_expression, true);
}

AstExpr *gilt_parser_expressions(Parser *p)
{
    return tuple_of(p, gilt_parser_expression, false);
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
AstExpr *gilt_parser_yield_expr(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    p->pos++; // 'yield'
    AstExprKind kind = AST_YIELD;
    AstExpr *value = NULL;
    if (accept(p, TOK_KW_FROM)) {
        kind = AST_YIELDFROM;
        if (!(value = gilt_parser_expression(p)))
            return NULL;
    } else if (gilt_parser_starts_expression(peek(p)) || check(p, TOK_STAR)) {
        if (!(value = gilt_parser_star_expressions(p)))
            return NULL;
    }
    gilt_parser_finish_loc(p, &loc);
    AstExpr *e = gilt_parser_expr(p, kind, loc);
    if (e)
        e->v.unary.value = value;
    return e;
}

static AstExpr *boolop(Parser *p, AstBoolOp op, AstLoc loc, Vec *values)
{
    gilt_parser_finish_loc(p, &loc);
    AstExpr *e = gilt_parser_expr(p, AST_BOOLOP, loc);
    if (!e || !VEC_SEQ(p, values, e->v.boolop.values))
        return NULL;
    e->v.boolop.op = op;
    return e;
}

static AstExpr *inversion(Parser *p);

// conjunction: inversion ('and' inversion)*
static AstExpr *conjunction(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    AstExpr *first = inversion(p);
    if (!first || !check(p, TOK_KW_AND))
        return first;
    Vec values;
    gilt_parser_vec_init(&values);
    if (!gilt_parser_vec_push(p, &values, first))
        return NULL;
    while (check(p, TOK_KW_AND)) {
        int pos = p->pos++;
        AstExpr *e = inversion(p);
        if (!e && gilt_parser_backtrack(p, pos))
            break;
        if (!e || !gilt_parser_vec_push(p, &values, e))
            return NULL;
    }
    return values.n > 1 ? boolop(p, AST_AND, loc, &values) : first;
}

// disjunction: conjunction ('or' conjunction)*
AstExpr *gilt_parser_disjunction(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    AstExpr *first = conjunction(p);
    if (!first || !check(p, TOK_KW_OR))
        return first;
    Vec values;
    gilt_parser_vec_init(&values);
    if (!gilt_parser_vec_push(p, &values, first))
        return NULL;
    while (check(p, TOK_KW_OR)) {
        int pos = p->pos++;
        AstExpr *e = conjunction(p);
        if (!e && gilt_parser_backtrack(p, pos))
            break;
        if (!e || !gilt_parser_vec_push(p, &values, e))
            return NULL;
    }
    return values.n > 1 ? boolop(p, AST_OR, loc, &values) : first;
}

static AstExpr *unary(Parser *p, AstLoc loc, AstUnaryOp op, AstExpr *operand)
{
    gilt_parser_finish_loc(p, &loc);
    AstExpr *e = gilt_parser_expr(p, AST_UNARYOP, loc);
    if (e) {
        e->v.unaryop.op = op;
        e->v.unaryop.operand = operand;
    }
    return e;
}

static AstExpr *comparison(Parser *p);

// inversion: 'not' inversion | comparison
static AstExpr *inversion(Parser *p)
{
    if (!check(p, TOK_KW_NOT))
        return comparison(p);
    AstLoc loc = gilt_parser_start(p);
    p->pos++;
    if (!gilt_parser_depth_enter(p))
        return NULL;
    AstExpr *operand = inversion(p);
    p->depth--;
    return operand ? unary(p, loc, AST_NOT, operand) : NULL;
}

// The comparison operator at the current token, consuming it; -1 if none.
static int compare_op(Parser *p)
{
    GiltToken *t = peek(p);
    int op;
    switch (t->kind) {
    case TOK_EQEQUAL: op = AST_EQ; break;
    case TOK_NOTEQUAL:
        // "<>" is only accepted under `from __future__ import barry_as_FLUFL`.
        if (t->start[0] == '<' && !p->barry)
            return -1;
        op = AST_NOTEQ;
        break;
    case TOK_LESSEQUAL: op = AST_LTE; break;
    case TOK_LESS: op = AST_LT; break;
    case TOK_GREATEREQUAL: op = AST_GTE; break;
    case TOK_GREATER: op = AST_GT; break;
    case TOK_KW_IN: op = AST_IN; break;
    case TOK_KW_NOT:
        if (gilt_parser_peek2(p)->kind != TOK_KW_IN)
            return -1;
        p->pos++;
        op = AST_NOTIN;
        break;
    case TOK_KW_IS:
        if (gilt_parser_peek2(p)->kind == TOK_KW_NOT) {
            p->pos++;
            op = AST_ISNOT;
        } else {
            op = AST_IS;
        }
        break;
    default: return -1;
    }
    p->pos++;
    return op;
}

// comparison: bitwise_or (compare_op bitwise_or)*
static AstExpr *comparison(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    AstExpr *left = gilt_parser_bitwise_or(p);
    if (!left)
        return NULL;
    int pos = p->pos, op = compare_op(p);
    if (op < 0)
        return left;
    Vec ops, comparators;
    gilt_parser_vec_init(&ops);
    gilt_parser_vec_init(&comparators);
    while (op >= 0) {
        AstExpr *right = gilt_parser_bitwise_or(p);
        if (!right && gilt_parser_backtrack(p, pos))
            break;
        if (!right || !gilt_parser_vec_push(p, &ops, (void *)(intptr_t)op) ||
            !gilt_parser_vec_push(p, &comparators, right))
            return NULL;
        pos = p->pos;
        op = compare_op(p);
    }
    if (!ops.n)
        return left;
    gilt_parser_finish_loc(p, &loc);
    AstExpr *e = gilt_parser_expr(p, AST_COMPARE, loc);
    if (!e || !VEC_SEQ(p, &comparators, e->v.compare.comparators))
        return NULL;
    e->v.compare.left = left;
    int *items = gilt_parser_alloc(p, sizeof *items * (size_t)ops.n);
    if (!items)
        return NULL;
    for (int i = 0; i < ops.n; i++)
        items[i] = (int)(intptr_t)ops.items[i];
    e->v.compare.ops.items = items;
    e->v.compare.ops.n = ops.n;
    return e;
}

// Binding power of a binary operator token (0: not one) and its operator.
static int binary_prec(GiltTokenKind kind, AstOperator *op)
{
    switch (kind) {
    case TOK_VBAR: *op = AST_BITOR; return 1;
    case TOK_CIRCUMFLEX: *op = AST_BITXOR; return 2;
    case TOK_AMPER: *op = AST_BITAND; return 3;
    case TOK_LEFTSHIFT: *op = AST_LSHIFT; return 4;
    case TOK_RIGHTSHIFT: *op = AST_RSHIFT; return 4;
    case TOK_PLUS: *op = AST_ADD; return 5;
    case TOK_MINUS: *op = AST_SUB; return 5;
    case TOK_STAR: *op = AST_MULT; return 6;
    case TOK_SLASH: *op = AST_DIV; return 6;
    case TOK_DOUBLESLASH: *op = AST_FLOORDIV; return 6;
    case TOK_PERCENT: *op = AST_MOD; return 6;
    case TOK_AT: *op = AST_MATMULT; return 6;
    default: return 0;
    }
}

static AstExpr *binop(Parser *p, AstLoc loc, AstExpr *left, AstOperator op,
                      AstExpr *right)
{
    gilt_parser_finish_loc(p, &loc);
    AstExpr *e = gilt_parser_expr(p, AST_BINOP, loc);
    if (e) {
        e->v.binop.left = left;
        e->v.binop.op = op;
        e->v.binop.right = right;
    }
    return e;
}

// Left-associative binary operators binding at least as tightly as
// [min_prec] (bitwise_or is binary(p, 1)).
static AstExpr *binary(Parser *p, int min_prec)
{
    AstLoc loc = gilt_parser_start(p);
    AstExpr *left = factor(p);
    AstOperator op = AST_ADD;
    int prec;
    while (left && (prec = binary_prec(peek(p)->kind, &op)) >= min_prec) {
        int pos = p->pos++;
        AstExpr *right = prec == 6 ? factor(p) : binary(p, prec + 1);
        if (!right && gilt_parser_backtrack(p, pos))
            break;
        left = right ? binop(p, loc, left, op, right) : NULL;
    }
    return left;
}

AstExpr *gilt_parser_bitwise_or(Parser *p)
{
    return binary(p, 1);
}

// power: await_primary ['**' factor]; await_primary: ['await'] primary
static AstExpr *power(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    AstExpr *e;
    if (accept(p, TOK_KW_AWAIT)) {
        AstExpr *value = gilt_parser_primary(p);
        if (!value)
            return NULL;
        gilt_parser_finish_loc(p, &loc);
        if (!(e = gilt_parser_expr(p, AST_AWAIT, loc)))
            return NULL;
        e->v.unary.value = value;
    } else if (!(e = gilt_parser_primary(p))) {
        return NULL;
    }
    if (!check(p, TOK_DOUBLESTAR))
        return e;
    int pos = p->pos++;
    AstExpr *right = factor(p);
    if (!right && gilt_parser_backtrack(p, pos))
        return e;
    return right ? binop(p, loc, e, AST_POW, right) : NULL;
}

// factor: ('+' | '-' | '~') factor | power
static AstExpr *factor(Parser *p)
{
    GiltTokenKind kind = peek(p)->kind;
    AstUnaryOp op;
    if (kind == TOK_PLUS)
        op = AST_UADD;
    else if (kind == TOK_MINUS)
        op = AST_USUB;
    else if (kind == TOK_TILDE)
        op = AST_INVERT;
    else
        return power(p);
    AstLoc loc = gilt_parser_start(p);
    p->pos++;
    if (!gilt_parser_depth_enter(p))
        return NULL;
    AstExpr *operand = factor(p);
    p->depth--;
    return operand ? unary(p, loc, op, operand) : NULL;
}

