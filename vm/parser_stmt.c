/* parser_stmt.c - Simple statements: expressions, assignments, imports...
 *
 * An expression statement, an assignment, an annotated and an augmented
 * assignment all start with an expression; which one it is shows at the
 * token after it. Targets are checked then (parser_target.c), and a bad
 * one gets the message CPython's invalid_assignment rule gives, tried in
 * that rule's order.
 */
#include <string.h>

#include "parser.h"

#define peek gilt_parser_peek
#define accept gilt_parser_accept
#define check gilt_parser_check

static AstStmt *stmt(Parser *p, AstStmtKind kind, AstLoc loc)
{
    gilt_parser_finish_loc(p, &loc);
    return gilt_parser_stmt(p, kind, loc);
}

// The right-hand side of an assignment: yield_expr | star_expressions.
static AstExpr *rhs(Parser *p)
{
    if (check(p, TOK_KW_YIELD))
        return gilt_parser_yield_expr(p);
    return gilt_parser_star_expressions(p);
}

// Reparse from [at] with [rule], letting specific errors be raised;
// true if one was.
static bool reparse_raises(Parser *p, int at, AstExpr *(*rule)(Parser *))
{
    int pos = p->pos, fill = p->fill1;
    bool failed = p->failed;
    p->pos = at;
    p->failed = false;
    p->peg++;
    AstExpr *e = rule(p);
    p->peg--;
    (void)e;
    p->fill1 = fill; // like CPython's second pass, not the first
    if (p->err_set)
        return true;
    p->pos = pos;
    p->failed = failed;
    return false;
}

// invalid_assignment's second alternative: the first comma-separated
// group of the statement, parsed as star_named_expressions, where "1 = x"
// among them is reported as a misspelt comparison.
static bool assignment_elements(Parser *p, int start)
{
    if (reparse_raises(p, start, gilt_parser_star_named_expression))
        return true;
    int pos = p->pos, fill = p->fill1;
    p->pos = start;
    bool raised = false;
    ParserMark m = gilt_parser_diag_begin(p);
    AstExpr *e = gilt_parser_star_named_expression(p);
    gilt_parser_diag_end(p, m, e != NULL);
    while (e && accept(p, TOK_COMMA) &&
           (gilt_parser_starts_expression(peek(p)) || check(p, TOK_STAR))) {
        int at = p->pos;
        if ((raised = reparse_raises(p, at, gilt_parser_star_named_expression)))
            break;
        m = gilt_parser_diag_begin(p);
        e = gilt_parser_star_named_expression(p);
        gilt_parser_diag_end(p, m, e != NULL);
    }
    if (!raised)
        p->pos = pos;
    p->fill1 = fill;
    return raised;
}

// A target of an assignment chain could not take Store context.
static void *bad_assignment(Parser *p, int start, Vec *targets)
{
    if (p->err_set || assignment_elements(p, start))
        return NULL;
    for (int i = 0; i < targets->n; i++) {
        AstExpr *t = targets->items[i];
        if (t->kind == AST_YIELD || t->kind == AST_YIELDFROM)
            return gilt_parser_error_loc(p, AST_ERR_SYNTAX, t->loc,
                                         "assignment to yield expression not "
                                         "possible");
        if (gilt_parser_invalid_target(t, TARGET_STAR))
            return gilt_parser_invalid_target_error(p, t, TARGET_STAR);
        if (!gilt_parser_set_context(t, AST_STORE))
            break;
    }
    return gilt_parser_fail(p);
}

// The value after the last '=' does not parse. If a prefix of it does,
// CPython's assignment rule matched and only the end is wrong; if not,
// its invalid_assignment rule looks at the targets.
static void *bad_rhs(Parser *p, int start, int at, Vec *targets)
{
    AstExpr *e;
    if (p->err_set)
        return NULL;
    p->pos = at;
    if (gilt_parser_try(p, rhs, &e) &&
        gilt_parser_peek_diag(p)->kind != TOK_EQUAL)
        return gilt_parser_fail(p);
    return bad_assignment(p, start, targets);
}

// The compiler's checks on starred targets, which CPython makes after
// parsing: kept aside and reported only if the parse succeeds.
static void check_starred(Parser *p, const AstExpr *e, bool top)
{
    if (e->kind == AST_STARRED && top) {
        gilt_parser_late_error(p, e->loc, "starred assignment target must be "
                                          "in a list or tuple");
        return;
    }
    if (e->kind != AST_LIST && e->kind != AST_TUPLE)
        return;
    int stars = 0;
    for (int i = 0; i < e->v.seq.elts.n; i++) {
        const AstExpr *elt = e->v.seq.elts.items[i];
        if (elt->kind == AST_STARRED) {
            stars++;
            elt = elt->v.starred.value;
        }
        check_starred(p, elt, false);
    }
    if (stars > 1)
        gilt_parser_late_error(p, e->loc, "multiple starred expressions in "
                                          "assignment");
}

void gilt_parser_check_target(Parser *p, const AstExpr *e)
{
    check_starred(p, e, true);
}

// targets '=' ... '=' value, [first] being the first target.
static AstStmt *assignment(Parser *p, AstLoc loc, int start, AstExpr *first)
{
    Vec targets;
    gilt_parser_vec_init(&targets);
    AstExpr *value = first;
    while (accept(p, TOK_EQUAL)) {
        if (!gilt_parser_vec_push(p, &targets, value))
            return NULL;
        int at = p->pos;
        if (!(value = rhs(p)))
            return bad_rhs(p, start, at, &targets);
    }
    for (int i = 0; i < targets.n; i++) {
        if (!gilt_parser_set_context(targets.items[i], AST_STORE))
            return bad_assignment(p, start, &targets);
        gilt_parser_check_target(p, targets.items[i]);
    }
    AstStmt *s = stmt(p, AST_ASSIGN, loc);
    if (!s || !VEC_SEQ(p, &targets, s->v.assign.targets))
        return NULL;
    s->v.assign.value = value;
    return s;
}

static bool augassign_op(GiltTokenKind kind, AstOperator *op)
{
    switch (kind) {
    case TOK_PLUSEQUAL: *op = AST_ADD; return true;
    case TOK_MINEQUAL: *op = AST_SUB; return true;
    case TOK_STAREQUAL: *op = AST_MULT; return true;
    case TOK_ATEQUAL: *op = AST_MATMULT; return true;
    case TOK_SLASHEQUAL: *op = AST_DIV; return true;
    case TOK_PERCENTEQUAL: *op = AST_MOD; return true;
    case TOK_AMPEREQUAL: *op = AST_BITAND; return true;
    case TOK_VBAREQUAL: *op = AST_BITOR; return true;
    case TOK_CIRCUMFLEXEQUAL: *op = AST_BITXOR; return true;
    case TOK_LEFTSHIFTEQUAL: *op = AST_LSHIFT; return true;
    case TOK_RIGHTSHIFTEQUAL: *op = AST_RSHIFT; return true;
    case TOK_DOUBLESTAREQUAL: *op = AST_POW; return true;
    case TOK_DOUBLESLASHEQUAL: *op = AST_FLOORDIV; return true;
    default: return false;
    }
}

static AstStmt *augassign(Parser *p, AstLoc loc, AstExpr *target,
                          AstOperator op)
{
    p->pos++;
    AstExpr *value = rhs(p);
    if (!value)
        return NULL;
    if (target->kind != AST_NAME && target->kind != AST_ATTRIBUTE &&
        target->kind != AST_SUBSCRIPT) {
        if (target->kind == AST_YIELD || target->kind == AST_YIELDFROM ||
            target->kind == AST_STARRED)
            return gilt_parser_fail(p);
        return gilt_parser_error_loc(p, AST_ERR_SYNTAX, target->loc,
                                     "'%s' is an illegal expression for "
                                     "augmented assignment",
                                     gilt_parser_expr_name(target));
    }
    gilt_parser_set_context(target, AST_STORE);
    AstStmt *s = stmt(p, AST_AUGASSIGN, loc);
    if (s) {
        s->v.augassign.target = target;
        s->v.augassign.op = op;
        s->v.augassign.value = value;
    }
    return s;
}

// Does the statement at [start] begin with a list display or a
// parenthesised tuple that ends at [end] (invalid_ann_assign_target)?
static bool display_target(Parser *p, int start, int end)
{
    GiltTokenKind k = gilt_parser_token(p, start)->kind;
    if (k != TOK_LSQB && k != TOK_LPAR)
        return false;
    int pos = p->pos;
    p->pos = start;
    AstExpr *e;
    bool ok = gilt_parser_try(p, gilt_parser_atom, &e) && p->pos == end &&
              (e->kind == AST_LIST || e->kind == AST_TUPLE);
    p->pos = pos;
    return ok;
}

// An annotation target that is not a single target: the error pass's
// invalid_assignment messages, which all need ':' expression to follow.
static void *bad_annotation_target(Parser *p, int start, int colon,
                                   AstExpr *target)
{
    AstExpr *ann;
    if (target->kind == AST_STARRED || target->kind == AST_YIELD ||
        target->kind == AST_YIELDFROM ||
        !gilt_parser_try(p, gilt_parser_expression, &ann))
        return gilt_parser_fail(p);
    if (display_target(p, start, colon))
        return gilt_parser_error_loc(p, AST_ERR_SYNTAX, target->loc,
                                     "only single target (not %s) can be "
                                     "annotated",
                                     gilt_parser_expr_name(target));
    if (target->kind == AST_TUPLE)
        return gilt_parser_error_loc(
            p, AST_ERR_SYNTAX, target->v.seq.elts.items[0]->loc,
            "only single target (not tuple) can be annotated");
    return gilt_parser_error_loc(p, AST_ERR_SYNTAX, target->loc,
                                 "illegal target for annotation");
}

// target ':' annotation ['=' value]
static AstStmt *annassign(Parser *p, AstLoc loc, int start, AstExpr *target)
{
    int colon = p->pos++;
    if (target->kind != AST_NAME && target->kind != AST_ATTRIBUTE &&
        target->kind != AST_SUBSCRIPT)
        return bad_annotation_target(p, start, colon, target);
    AstExpr *ann = gilt_parser_expression(p);
    if (!ann)
        return NULL;
    bool simple = target->kind == AST_NAME &&
                  gilt_parser_token(p, start)->kind == TOK_NAME;
    AstExpr *value = NULL;
    if (accept(p, TOK_EQUAL) && !(value = rhs(p)))
        return NULL;
    gilt_parser_set_context(target, AST_STORE);
    AstStmt *s = stmt(p, AST_ANNASSIGN, loc);
    if (s) {
        s->v.annassign.target = target;
        s->v.annassign.annotation = ann;
        s->v.annassign.value = value;
        s->v.annassign.simple = simple;
    }
    return s;
}

// Expression statements and the assignments.
static AstStmt *expr_stmt(Parser *p)
{
    int start = p->pos;
    AstLoc loc = gilt_parser_start(p);
    AstExpr *e = rhs(p);
    if (!e)
        return NULL;
    GiltTokenKind next = peek(p)->kind;
    AstOperator op;
    if (next == TOK_EQUAL)
        return assignment(p, loc, start, e);
    if (next == TOK_COLON && e->kind != AST_YIELD && e->kind != AST_YIELDFROM)
        return annassign(p, loc, start, e);
    if (augassign_op(next, &op))
        return augassign(p, loc, e, op);
    if (next == TOK_COLONEQUAL) {
        // invalid_assignment reaches invalid_named_expression.
        if (!assignment_elements(p, start))
            gilt_parser_fail(p);
        return NULL;
    }
    AstStmt *s = stmt(p, AST_EXPR, loc);
    if (s)
        s->v.expr.value = e;
    return s;
}

// ---- keyword statements ---------------------------------------------------------

// 'return' [star_expressions]
static AstStmt *return_stmt(Parser *p, AstLoc loc)
{
    AstExpr *value = NULL;
    if ((gilt_parser_starts_expression(peek(p)) || check(p, TOK_STAR)) &&
        !(value = gilt_parser_star_expressions(p)))
        return NULL;
    AstStmt *s = stmt(p, AST_RETURN, loc);
    if (s)
        s->v.ret.value = value;
    return s;
}

// 'raise' [expression ['from' expression]]
static AstStmt *raise_stmt(Parser *p, AstLoc loc)
{
    AstExpr *exc = NULL, *cause = NULL;
    if (gilt_parser_starts_expression(peek(p))) {
        if (!(exc = gilt_parser_expression(p)))
            return NULL;
        if (accept(p, TOK_KW_FROM) && !(cause = gilt_parser_expression(p)))
            return NULL;
    }
    AstStmt *s = stmt(p, AST_RAISE, loc);
    if (s) {
        s->v.raise.exc = exc;
        s->v.raise.cause = cause;
    }
    return s;
}

// invalid_del_stmt: 'del' star_expressions, with an invalid target.
static void *bad_del(Parser *p, int at)
{
    AstExpr *e;
    if (p->err_set)
        return NULL;
    p->pos = at;
    if (gilt_parser_try(p, gilt_parser_star_expressions, &e))
        gilt_parser_invalid_target_error(p, e, TARGET_DEL);
    return gilt_parser_fail(p);
}

// 'del' del_targets &(';' | NEWLINE)
static AstStmt *del_stmt(Parser *p, AstLoc loc)
{
    Vec targets;
    gilt_parser_vec_init(&targets);
    int at = p->pos;
    do {
        if (check(p, TOK_SEMI) || check(p, TOK_NEWLINE))
            break;
        AstExpr *e = gilt_parser_star_expression(p);
        if (!e)
            return bad_del(p, at);
        if (!gilt_parser_vec_push(p, &targets, e))
            return NULL;
    } while (accept(p, TOK_COMMA));
    if (!targets.n)
        return gilt_parser_fail(p);
    for (int i = 0; i < targets.n; i++) {
        if (!gilt_parser_set_context(targets.items[i], AST_DEL)) {
            for (int j = i; j < targets.n; j++)
                if (gilt_parser_invalid_target(targets.items[j], TARGET_DEL))
                    return gilt_parser_invalid_target_error(
                        p, targets.items[j], TARGET_DEL);
            return gilt_parser_fail(p);
        }
    }
    if (!check(p, TOK_SEMI) && !check(p, TOK_NEWLINE))
        return gilt_parser_fail(p);
    AstStmt *s = stmt(p, AST_DELETE, loc);
    if (!s || !VEC_SEQ(p, &targets, s->v.del.targets))
        return NULL;
    return s;
}

// 'assert' expression [',' expression]
static AstStmt *assert_stmt(Parser *p, AstLoc loc)
{
    AstExpr *test = gilt_parser_expression(p), *msg = NULL;
    if (!test || (accept(p, TOK_COMMA) && !(msg = gilt_parser_expression(p))))
        return NULL;
    AstStmt *s = stmt(p, AST_ASSERT, loc);
    if (s) {
        s->v.assert_.test = test;
        s->v.assert_.msg = msg;
    }
    return s;
}

// ('global' | 'nonlocal') ','.NAME+
static AstStmt *names_stmt(Parser *p, AstStmtKind kind, AstLoc loc)
{
    Vec names;
    gilt_parser_vec_init(&names);
    do {
        GiltToken *t = gilt_parser_expect(p, TOK_NAME);
        char *id = t ? gilt_parser_ident(p, t) : NULL;
        if (!id || !gilt_parser_vec_push(p, &names, id))
            return NULL;
    } while (accept(p, TOK_COMMA));
    AstStmt *s = stmt(p, kind, loc);
    if (!s || !VEC_SEQ(p, &names, s->v.names.names))
        return NULL;
    return s;
}

// dotted_name: NAME ('.' NAME)*, joined into one string.
static char *dotted_name(Parser *p)
{
    GiltToken *first = gilt_parser_expect(p, TOK_NAME);
    if (!first)
        return NULL;
    size_t len = first->len;
    int n = 1;
    while (check(p, TOK_DOT) && gilt_parser_peek2(p)->kind == TOK_NAME) {
        len += 1 + gilt_parser_peek2(p)->len;
        p->pos += 2;
        n++;
    }
    char *s = gilt_parser_alloc(p, len + 1), *d = s;
    for (int i = 0; s && i < n; i++) {
        const GiltToken *t = gilt_parser_token(p, p->pos - 2 * (n - i) + 1);
        if (i)
            *d++ = '.';
        memcpy(d, t->start, t->len);
        d += t->len;
    }
    return s ? gilt_parser_ident_text(p, s, len) : NULL;
}

// NAME-or-dotted-name ['as' NAME], as an alias.
static AstAlias *alias(Parser *p, bool dotted)
{
    AstLoc loc = gilt_parser_start(p);
    AstAlias *a = gilt_parser_alloc(p, sizeof *a);
    if (!a)
        return NULL;
    if (dotted) {
        a->name = dotted_name(p);
    } else {
        GiltToken *t = gilt_parser_expect(p, TOK_NAME);
        a->name = t ? gilt_parser_ident(p, t) : NULL;
    }
    if (!a->name)
        return NULL;
    if (accept(p, TOK_KW_AS)) {
        GiltToken *t = gilt_parser_expect(p, TOK_NAME);
        if (!t || !(a->asname = gilt_parser_ident(p, t)))
            return NULL;
    }
    gilt_parser_finish_loc(p, &loc);
    a->loc = loc;
    return a;
}

// 'import' ','.dotted_as_name+
static AstStmt *import_name(Parser *p, AstLoc loc)
{
    Vec names;
    gilt_parser_vec_init(&names);
    do {
        AstAlias *a = alias(p, true);
        if (!a || !gilt_parser_vec_push(p, &names, a))
            return NULL;
    } while (accept(p, TOK_COMMA));
    AstStmt *s = stmt(p, AST_IMPORT, loc);
    if (!s || !VEC_SEQ(p, &names, s->v.import.names))
        return NULL;
    return s;
}

// import_from_targets: '(' names [','] ')' | names !',' | '*'
static bool import_targets(Parser *p, Vec *names)
{
    GiltToken *t = peek(p);
    if (t->kind == TOK_STAR) {
        p->pos++;
        AstAlias *a = gilt_parser_alloc(p, sizeof *a);
        if (!a || !(a->name = gilt_parser_ident(p, t)))
            return false;
        a->loc = gilt_parser_loc_from(p, t);
        return gilt_parser_vec_push(p, names, a);
    }
    bool paren = accept(p, TOK_LPAR) != NULL;
    do {
        if (paren && check(p, TOK_RPAR) && names->n)
            break;
        if (!paren && check(p, TOK_NEWLINE) && names->n)
            return gilt_parser_error(p, "trailing comma not allowed without "
                                        "surrounding parentheses");
        AstAlias *a = alias(p, false);
        if (!a || !gilt_parser_vec_push(p, names, a))
            return false;
    } while (accept(p, TOK_COMMA));
    return !paren || gilt_parser_expect(p, TOK_RPAR);
}

// 'from' ('.' | '...')* dotted_name 'import' targets
static AstStmt *import_from(Parser *p, AstLoc loc)
{
    int level = 0;
    for (;;) {
        if (accept(p, TOK_DOT))
            level++;
        else if (accept(p, TOK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    char *module = NULL;
    if ((!level || !check(p, TOK_KW_IMPORT)) && !(module = dotted_name(p)))
        return NULL;
    Vec names;
    gilt_parser_vec_init(&names);
    if (!gilt_parser_expect(p, TOK_KW_IMPORT) || !import_targets(p, &names))
        return NULL;
    AstStmt *s = stmt(p, AST_IMPORTFROM, loc);
    if (!s || !VEC_SEQ(p, &names, s->v.importfrom.names))
        return NULL;
    s->v.importfrom.module = module;
    s->v.importfrom.level = level;
    // CPython's parser, too, switches "<>" on as soon as it reads this
    // import (_PyPegen_checked_future_import).
    for (int i = 0; module && !strcmp(module, "__future__") && i < s->v.importfrom.names.n; i++)
        if (!strcmp(s->v.importfrom.names.items[i]->name, "barry_as_FLUFL"))
            p->barry = true;
    return s;
}

static AstStmt *simple_stmt(Parser *p)
{
    AstLoc loc = gilt_parser_start(p);
    switch (peek(p)->kind) {
    case TOK_KW_RETURN: p->pos++; return return_stmt(p, loc);
    case TOK_KW_IMPORT: p->pos++; return import_name(p, loc);
    case TOK_KW_FROM: p->pos++; return import_from(p, loc);
    case TOK_KW_RAISE: p->pos++; return raise_stmt(p, loc);
    case TOK_KW_DEL: p->pos++; return del_stmt(p, loc);
    case TOK_KW_ASSERT: p->pos++; return assert_stmt(p, loc);
    case TOK_KW_GLOBAL: p->pos++; return names_stmt(p, AST_GLOBAL, loc);
    case TOK_KW_NONLOCAL: p->pos++; return names_stmt(p, AST_NONLOCAL, loc);
    case TOK_KW_PASS: p->pos++; return stmt(p, AST_PASS, loc);
    case TOK_KW_BREAK: p->pos++; return stmt(p, AST_BREAK, loc);
    case TOK_KW_CONTINUE: p->pos++; return stmt(p, AST_CONTINUE, loc);
    default: return expr_stmt(p);
    }
}

// simple_stmt (';' simple_stmt)* [';'] NEWLINE
bool gilt_parser_simple_stmts(Parser *p, Vec *out)
{
    do {
        AstStmt *s = simple_stmt(p);
        if (!s || !gilt_parser_vec_push(p, out, s))
            return false;
    } while (accept(p, TOK_SEMI) && !check(p, TOK_NEWLINE));
    return gilt_parser_expect(p, TOK_NEWLINE) != NULL;
}

bool gilt_parser_statement(Parser *p, Vec *out)
{
    int start = p->pos;
    AstStmt *s = gilt_parser_compound_stmt(p);
    if (s)
        return gilt_parser_vec_push(p, out, s);
    if (p->failed)
        return false;
    if (gilt_parser_simple_stmts(p, out))
        return true;
    gilt_parser_match_diagnosis(p, start);
    return false;
}

bool gilt_parser_statements(Parser *p, Vec *out)
{
    do {
        if (!gilt_parser_statement(p, out))
            return false;
    } while (!check(p, TOK_DEDENT) && !check(p, TOK_ENDMARKER));
    return true;
}
