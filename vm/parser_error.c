/* parser_error.c - Raising SyntaxErrors where and as CPython 3.11 does.
 *
 * CPython's pegen has a few ways to place an error, and each leaks into
 * SyntaxError.offset/end_offset, so they are reproduced one for one:
 *
 *   RAISE_SYNTAX_ERROR            at the last token fetched from the lexer
 *                                 (gilt_parser_error)
 *   RAISE_..._KNOWN_LOCATION      at a token or node (gilt_parser_error_at,
 *   RAISE_..._KNOWN_RANGE           gilt_parser_error_loc)
 *   RAISE_..._STARTING_FROM       from a node to where the lexer stands
 *                                 (gilt_parser_error_from)
 *
 * Columns are computed as 1-based byte offsets and then converted to
 * characters against the text of the error's first line, as
 * _PyPegen_raise_error_known_location does (quirks included: the end
 * column is converted against the first line too). Tokens without text
 * (INDENT, DEDENT, ENDMARKER) have CPython's column -1.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "parser.h"

// The text of line [lineno] of the parser's input; *len gets its length.
// As in CPython, the line the lexer is on comes with its newline (it is
// the lexer's buffer), an earlier one without (it is cut out of the
// source), which matters when columns are clamped to the line.
static const char *line_of(const Parser *p, int lineno, size_t *len)
{
    const char *s = p->lx.buf, *end = p->lx.end;
    for (int l = p->lx.first_lineno; l < lineno && s < end; l++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        s = nl ? nl + 1 : end;
    }
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    bool current = lineno >= p->lx.lineno;
    *len = nl ? (size_t)(nl + current - s) : (size_t)(end - s);
    return s;
}

void gilt_parser_error_text(Parser *p)
{
    size_t len;
    const char *line = line_of(p, p->err->lineno, &len);
    p->err->text = gilt_arena_strndup(p->arena, line, len);
}

// Record an error. [col1] and [end_col1] are CPython's 1-based byte
// offsets (0 and -1 pass through unconverted, as in CPython).
static void *report(Parser *p, AstErrorKind kind, int lineno, int col1,
                    int end_lineno, int end_col1, const char *fmt, va_list ap)
{
    p->failed = true;
    if (p->spec || p->err_set)
        return NULL; // the first error stands
    p->err_set = true;
    AstError *e = p->err;
    memset(e, 0, sizeof *e);
    e->kind = kind;
    int n = 0;
    if (p->fstring) {
        n = snprintf(e->msg, sizeof e->msg, "f-string: ");
        col1 -= p->fstring_shift;
        end_col1 -= p->fstring_shift;
    }
    vsnprintf(e->msg + n, sizeof e->msg - (size_t)n, fmt, ap);
    size_t len;
    const char *line = line_of(p, lineno, &len);
    e->lineno = lineno;
    e->end_lineno = end_lineno;
    e->offset = gilt_lexer_char_offset(line, (int)len, col1);
    e->end_offset = end_col1 > 0
                        ? gilt_lexer_char_offset(line, (int)len, end_col1)
                        : end_col1;
    e->text = gilt_arena_strndup(p->arena, line, len);
    return NULL;
}

void gilt_parser_late_error(Parser *p, AstLoc loc, const char *msg)
{
    if (p->late_set || p->spec)
        return;
    AstError saved = *p->err;
    bool err_set = p->err_set, failed = p->failed;
    p->err_set = false;
    gilt_parser_error_loc(p, AST_ERR_SYNTAX, loc, "%s", msg);
    p->late = *p->err;
    p->late_set = true;
    *p->err = saved;
    p->err_set = err_set;
    p->failed = failed;
}

// The last token fetched (CPython's p->tokens[p->fill - 1]).
static const GiltToken *last_fetched(Parser *p, int fill)
{
    if (fill <= 0)
        return &p->errtok;
    return gilt_parser_token(p, fill - 1);
}

// _PyPegen_raise_error: at the last token fetched; a token without text
// is placed where the lexer stands.
static void *error_last(Parser *p, AstErrorKind kind, int fill,
                        const char *fmt, va_list ap)
{
    const GiltToken *t = last_fetched(p, fill);
    if (t->nopos)
        return report(p, kind, t->lineno, t->col, t->end_lineno, -1, fmt, ap);
    return report(p, kind, t->lineno, t->col + 1, t->end_lineno,
                  t->end_col + 1, fmt, ap);
}

void *gilt_parser_error(Parser *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_last(p, AST_ERR_SYNTAX, p->ntok, fmt, ap);
    va_end(ap);
    return NULL;
}

void *gilt_parser_error_kind(Parser *p, AstErrorKind kind, const char *fmt,
                             ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_last(p, kind, p->ntok, fmt, ap);
    va_end(ap);
    return NULL;
}

AstLoc gilt_parser_tok_loc(const GiltToken *t)
{
    AstLoc loc = {t->lineno, t->col, t->end_lineno, t->end_col};
    if (t->nopos)
        loc.col_offset = loc.end_col_offset = -1;
    return loc;
}

static void *error_loc(Parser *p, AstErrorKind kind, AstLoc loc,
                       const char *fmt, va_list ap)
{
    return report(p, kind, loc.lineno, loc.col_offset + 1, loc.end_lineno,
                  loc.end_col_offset + 1, fmt, ap);
}

void *gilt_parser_error_at(Parser *p, const GiltToken *t, const char *fmt,
                           ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_loc(p, AST_ERR_SYNTAX, gilt_parser_tok_loc(t), fmt, ap);
    va_end(ap);
    return NULL;
}

void *gilt_parser_error_loc(Parser *p, AstErrorKind kind, AstLoc loc,
                            const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_loc(p, kind, loc, fmt, ap);
    va_end(ap);
    return NULL;
}

void *gilt_parser_error_from(Parser *p, AstLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(p, AST_ERR_SYNTAX, loc.lineno, loc.col_offset + 1, p->lx.lineno,
           (int)(p->lx.cur - p->lx.line_start), fmt, ap);
    va_end(ap);
    return NULL;
}

static void *fail_fill(Parser *p, int fill, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const GiltToken *t = last_fetched(p, fill);
    if (t->kind == TOK_INDENT || t->kind == TOK_DEDENT)
        error_last(p, AST_ERR_INDENTATION, fill, fmt, ap);
    else
        error_loc(p, AST_ERR_SYNTAX, gilt_parser_tok_loc(t), fmt, ap);
    va_end(ap);
    return NULL;
}

void *gilt_parser_fail(Parser *p)
{
    p->failed = true;
    return NULL;
}

static void quirk_error_v(Parser *p, int fill, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_last(p, AST_ERR_SYNTAX, fill, fmt, ap);
    va_end(ap);
}

static void quirk_error(Parser *p, int fill)
{
    quirk_error_v(p, fill, "expected ':'");
}

// No specific error was found: "invalid syntax" at the furthest token the
// parse looked at, or "unexpected indent" if that is an INDENT.
static void generic_error(Parser *p)
{
    int fill = p->fill1 > p->ntok ? p->ntok : p->fill1;
    const GiltToken *t = last_fetched(p, fill);
    const char *msg = t->kind == TOK_INDENT   ? "unexpected indent"
                      : t->kind == TOK_DEDENT ? "unexpected unindent"
                                              : "invalid syntax";
    fail_fill(p, fill, "%s", msg);
}

void *gilt_parser_nomem(Parser *p)
{
    AstError *e = p->err;
    memset(e, 0, sizeof *e);
    e->kind = AST_ERR_NOMEM;
    snprintf(e->msg, sizeof e->msg, "out of memory");
    p->failed = p->err_set = true;
    p->lex_error = true; // nothing may replace it
    return NULL;
}

// Whether the parse stopped for lack of input: the last token read is the
// end of the input.
static bool at_end_of_input(Parser *p)
{
    const GiltToken *t = last_fetched(p, p->ntok);
    return t->nopos && t->start == p->lx.end;
}

void gilt_parser_finish_error(Parser *p)
{
    if (p->lex_error)
        return;
    if (p->match_quirk) {
        // Located as RAISE_SYNTAX_ERROR in CPython's second pass, where
        // the furthest token read is the first pass's.
        p->err_set = false;
        int fill = p->fill1 < p->ntok ? p->fill1 : p->ntok;
        quirk_error(p, fill);
    } else if (!p->err_set) {
        generic_error(p);
        if (p->err->kind == AST_ERR_INDENTATION) {
            // CPython reports "unexpected indent" without looking further.
            p->err->incomplete = at_end_of_input(p);
            return;
        }
    }
    p->err->incomplete = at_end_of_input(p);
    // CPython tokenizes the rest of the input after a parser error; a
    // tokenizer error there wins, and so does an unclosed bracket opened
    // before the line of the error.
    int err_line = last_fetched(p, p->ntok)->lineno;
    GiltToken t;
    while (gilt_lexer_next(&p->lx, &t)) {
        if (t.kind == TOK_ENDMARKER)
            return;
    }
    GiltLexer *lx = &p->lx;
    if (lx->status == GILT_LEX_SYNTAX) {
        *p->err = lx->err;
        p->err->incomplete = lx->incomplete;
        gilt_parser_error_text(p);
    } else if (lx->level > 0 && err_line > lx->parenline[lx->level - 1]) {
        // Any other tokenizer failure inside brackets opened before the
        // error's line reports the bracket instead.
        int i = lx->level - 1;
        AstError *e = p->err;
        memset(e, 0, sizeof *e);
        snprintf(e->msg, sizeof e->msg, "'%c' was never closed",
                 lx->parenstack[i]);
        e->lineno = e->end_lineno = lx->parenline[i];
        e->offset = gilt_lexer_char_offset(lx->parenls[i], -1,
                                           lx->parencol[i] + 1);
        e->incomplete = lx->status == GILT_LEX_EOF;
        gilt_parser_error_text(p);
    }
}

// ---- targets --------------------------------------------------------------------

const char *gilt_parser_expr_name(const AstExpr *e)
{
    switch (e->kind) {
    case AST_ATTRIBUTE: return "attribute";
    case AST_SUBSCRIPT: return "subscript";
    case AST_STARRED: return "starred";
    case AST_NAME: return "name";
    case AST_LIST: return "list";
    case AST_TUPLE: return "tuple";
    case AST_LAMBDA: return "lambda";
    case AST_CALL: return "function call";
    case AST_BOOLOP:
    case AST_BINOP:
    case AST_UNARYOP: return "expression";
    case AST_GENERATOREXP: return "generator expression";
    case AST_YIELD:
    case AST_YIELDFROM: return "yield expression";
    case AST_AWAIT: return "await expression";
    case AST_LISTCOMP: return "list comprehension";
    case AST_SETCOMP: return "set comprehension";
    case AST_DICTCOMP: return "dict comprehension";
    case AST_DICT: return "dict literal";
    case AST_SET: return "set display";
    case AST_JOINEDSTR:
    case AST_FORMATTEDVALUE: return "f-string expression";
    case AST_CONSTANT:
        switch (e->v.constant.kind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_COMPARE: return "comparison";
    case AST_IFEXP: return "conditional expression";
    case AST_NAMEDEXPR: return "named expression";
    default: return "expression";
    }
}

const AstExpr *gilt_parser_invalid_target(const AstExpr *e, TargetKind k)
{
    switch (e->kind) {
    case AST_LIST:
    case AST_TUPLE:
        for (int i = 0; i < e->v.seq.elts.n; i++) {
            const AstExpr *bad =
                gilt_parser_invalid_target(e->v.seq.elts.items[i], k);
            if (bad)
                return bad;
        }
        return NULL;
    case AST_STARRED:
        if (k == TARGET_DEL)
            return e;
        return gilt_parser_invalid_target(e->v.starred.value, k);
    case AST_COMPARE:
        // `for a in b` reaches here parsed as a comparison.
        if (k == TARGET_FOR) {
            if (e->v.compare.ops.items[0] == AST_IN)
                return gilt_parser_invalid_target(e->v.compare.left, k);
            return NULL;
        }
        return e;
    case AST_NAME:
    case AST_SUBSCRIPT:
    case AST_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

void *gilt_parser_invalid_target_error(Parser *p, const AstExpr *e,
                                       TargetKind k)
{
    const AstExpr *bad = gilt_parser_invalid_target(e, k);
    if (!bad)
        return NULL;
    return gilt_parser_error_loc(
        p, AST_ERR_SYNTAX, bad->loc,
        k == TARGET_DEL ? "cannot delete %s" : "cannot assign to %s",
        gilt_parser_expr_name(bad));
}
