/* parser_fstring.c - f-strings, as CPython 3.11 parses them.
 *
 * In 3.11 an f-string is one STRING token; its replacement fields are
 * found by scanning the text (tracking brackets and quotes), and each
 * expression is parsed by a sub-parser over the text "(expr)\n". That
 * sub-parser's token positions are shifted so the nodes land where the
 * expression is in the source: on the literal's first line by the
 * token's column plus the column of the '{', on later lines by the
 * column of the '{' within its line only (CPython's own arithmetic,
 * quirks included). Errors inside the expression are worded and placed
 * relative to "(expr)" with an "f-string: " prefix, as CPython does.
 *
 * Literal text and the "x=" text of self-documenting fields accumulate
 * in FString.last and become one Constant before each FormattedValue.
 * Constants and FormattedValues take the location of the whole
 * concatenation of literals; a format spec's JoinedStr takes its token's.
 */
#include <string.h>

#include "parser.h"

bool gilt_parser_fstring_append(Parser *p, FString *fs, const char *s,
                                size_t n)
{
    if (!n)
        return true;
    if (fs->last_len + n + 1 > fs->last_cap) {
        size_t cap = fs->last_cap ? fs->last_cap * 2 : 64;
        while (cap < fs->last_len + n + 1)
            cap *= 2;
        char *m = gilt_parser_alloc(p, cap);
        if (!m)
            return false;
        if (fs->last_len)
            memcpy(m, fs->last, fs->last_len);
        fs->last = m;
        fs->last_cap = cap;
    }
    memcpy(fs->last + fs->last_len, s, n);
    fs->last_len += n;
    fs->last[fs->last_len] = '\0';
    return true;
}

static AstLoc span(const GiltToken *first, const GiltToken *last)
{
    AstLoc loc = {first->lineno, first->col, last->end_lineno, last->end_col};
    return loc;
}

// The pending literal text as a Constant (CPython's make_str_node).
static AstExpr *str_node(Parser *p, FString *fs, const GiltToken *first,
                         const GiltToken *last)
{
    AstExpr *e = gilt_parser_expr(p, AST_CONSTANT, span(first, last));
    if (!e)
        return NULL;
    e->v.constant.kind = AST_CONST_STR;
    e->v.constant.str = fs->last ? fs->last : "";
    e->v.constant.len = fs->last_len;
    e->v.constant.u_prefix = first->start[0] == 'u';
    fs->last = NULL;
    fs->last_len = fs->last_cap = 0;
    return e;
}

AstExpr *gilt_parser_fstring_finish(Parser *p, FString *fs,
                                    const GiltToken *first,
                                    const GiltToken *last)
{
    if (!fs->fmode)
        return str_node(p, fs, first, last);
    if (fs->last) {
        AstExpr *s = str_node(p, fs, first, last);
        if (!s || !gilt_parser_vec_push(p, &fs->parts, s))
            return NULL;
    }
    AstExpr *e = gilt_parser_expr(p, AST_JOINEDSTR, span(first, last));
    if (!e || !VEC_SEQ(p, &fs->parts, e->v.joinedstr.values))
        return NULL;
    return e;
}

// Literal text up to an unescaped '{' (or '}' ending a format spec).
// Returns 1 for a doubled brace (the caller loops on), 0, or -1.
static int find_literal(Parser *p, const char **str, const char *end,
                        bool raw, int recurse, FString *fs)
{
    const char *s = *str, *start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                // Skip "\N{name}": its braces are not fields.
                if (s < end && *s++ == '{')
                    while (s < end && *s++ != '}')
                        ;
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (recurse == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    gilt_parser_error(p, "f-string: single '}' is not "
                                         "allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:;
    size_t n = (size_t)((result ? *str - 1 : s) - start);
    if (!n)
        return result;
    char *text = gilt_parser_decode_str(p, start, n, raw, &n);
    return text && gilt_parser_fstring_append(p, fs, text, n) ? result : -1;
}

// CPython's fstring_find_expr_location: lines and columns between the
// start of token [t] and the '{' at [brace]. Fields are met left to right,
// so the line count continues from the previous field of the same token
// (CPython rescans from the start, which is quadratic).
static int field_shift(Parser *p, const GiltToken *t, const char *brace,
                       int *lines)
{
    const char *s = brace + 1;
    bool newline_after_brace = true;
    while (*s != '}' && *s != '\n') {
        if (*s != ' ' && *s != '\t' && *s != '\f') {
            newline_after_brace = false;
            break;
        }
        s++;
    }
    FieldCursor *c = &p->field;
    if (c->token != t || c->pos > brace) {
        c->token = t;
        c->pos = c->line_start = t->start;
        c->lines = 0;
    }
    for (; c->pos < brace; c->pos++) {
        if (*c->pos == '\n') {
            c->lines++;
            c->line_start = c->pos + 1;
        }
    }
    *lines = c->lines;
    int cols = newline_after_brace ? 0 : (int)(brace - c->line_start);
    return (*lines == 0 ? t->col : 0) + cols;
}

static void copy_error(Parser *p, Parser *sub)
{
    if (!p->err_set) {
        *p->err = *sub->err;
        p->err->incomplete = false;
        p->err_set = true;
        p->lex_error = sub->err->kind == AST_ERR_NOMEM;
    }
    p->failed = true;
}

// Parse the expression between [start] and [end] with a sub-parser.
static AstExpr *compile_expr(Parser *p, const char *start, const char *end,
                             const GiltToken *t)
{
    const char *s = start;
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f'))
        s++;
    if (s == end) {
        if (*end == '!' || *end == ':' || *end == '=')
            return gilt_parser_error(p, "f-string: expression required "
                                        "before '%c'",
                                     *end);
        return gilt_parser_error(p, "f-string: empty expression not allowed");
    }
    size_t len = (size_t)(end - start);
    char *text = gilt_parser_alloc(p, len + 4);
    if (!text)
        return NULL;
    text[0] = '(';
    memcpy(text + 1, start, len);
    memcpy(text + len + 1, ")\n", 3);
    int lines;
    int shift = field_shift(p, t, start - 1, &lines);
    Parser sub;
    AstError err;
    gilt_parser_init(&sub, p->arena, &err, AST_MODE_EVAL, text, len + 3,
                     t->lineno + lines);
    sub.lx.first_col_shift = sub.fstring_shift = shift;
    sub.fstring = true;
    sub.depth = p->depth;
    AstExpr *e = gilt_parser_star_expressions(&sub);
    if (!e || sub.failed || sub.err_set) {
        gilt_parser_finish_error(&sub);
        copy_error(p, &sub);
        e = NULL;
    } else if (sub.late_set && !p->late_set) {
        p->late = sub.late;
        p->late_set = true;
    }
    gilt_parser_fini(&sub);
    return e;
}

// The state of scan_expr: inside which string, how deep in brackets.
typedef struct ExprScan {
    char quote;      // the quote of the string we are in, or 0
    int string_type; // 1 or 3 quotes
    int depth;
    char stack[GILT_LEXER_MAXLEVEL];
} ExprScan;

// Inside a string of the expression: does [ch] at *str end it?
static void scan_quote(ExprScan *sc, const char **str, const char *end,
                       char ch)
{
    if (ch != sc->quote)
        return;
    if (sc->string_type == 3) {
        if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
            *str += 2;
            sc->quote = 0;
        }
    } else {
        sc->quote = 0;
    }
}

// A bracket [ch] of the expression; false after an error.
static bool scan_bracket(Parser *p, ExprScan *sc, char ch)
{
    if (ch == '[' || ch == '{' || ch == '(') {
        if (sc->depth >= GILT_LEXER_MAXLEVEL)
            return gilt_parser_error(p, "f-string: too many nested "
                                        "parenthesis");
        sc->stack[sc->depth++] = ch;
        return true;
    }
    if (!sc->depth)
        return gilt_parser_error(p, "f-string: unmatched '%c'", ch);
    char open = sc->stack[--sc->depth];
    if ((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
        (open == '{' && ch == '}'))
        return true;
    return gilt_parser_error(p, "f-string: closing parenthesis '%c' does not "
                                "match opening parenthesis '%c'",
                             ch, open);
}

// Scan a replacement field's expression from [*str] (after the '{') to
// the '!', ':', '=' or '}' ending it, as CPython's fstring_find_expr does:
// brackets must balance and quotes close; '\\' and '#' are errors.
static bool scan_expr(Parser *p, const char **str, const char *end)
{
    ExprScan sc = {0};
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\')
            return gilt_parser_error(p, "f-string expression part cannot "
                                        "include a backslash");
        if (sc.quote) {
            scan_quote(&sc, str, end, ch);
        } else if (ch == '\'' || ch == '"') {
            sc.string_type = 1;
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                sc.string_type = 3;
                *str += 2;
            }
            sc.quote = ch;
        } else if (ch == '#') {
            return gilt_parser_error(p, "f-string expression part cannot "
                                        "include '#'");
        } else if (sc.depth == 0 && ch && strchr("!:}=<>", ch)) {
            if (*str + 1 < end && (*str)[1] == '=' && ch != ':' && ch != '}') {
                (*str)++; // "!=", "==", "<=", ">="
                continue;
            }
            if (ch != '>' && ch != '<')
                break;
        } else if (ch && strchr("[{(]})", ch) && !scan_bracket(p, &sc, ch)) {
            return false;
        }
    }
    if (sc.quote)
        return gilt_parser_error(p, "f-string: unterminated string");
    if (sc.depth)
        return gilt_parser_error(p, "f-string: unmatched '%c'",
                                 sc.stack[sc.depth - 1]);
    if (*str >= end)
        return gilt_parser_error(p, "f-string: expecting '}'");
    return true;
}

// After a field's expression: "=" (self-documenting: its text goes to
// [fs]) and "!c", the conversion. False after an error.
static bool field_suffix(Parser *p, FString *fs, const char **str,
                         const char *end, const char *start, bool *debug,
                         int *conversion)
{
    if (**str == '=') {
        (*str)++;
        while (*str < end && (**str == ' ' || **str == '\t' ||
                              **str == '\n' || **str == '\f' ||
                              **str == '\v' || **str == '\r'))
            (*str)++;
        if (*str >= end)
            return gilt_parser_error(p, "f-string: expecting '}'");
        *debug = true;
        if (!gilt_parser_fstring_append(p, fs, start, (size_t)(*str - start)))
            return false;
    }
    if (**str == '!') {
        if (++*str >= end)
            return gilt_parser_error(p, "f-string: expecting '}'");
        *conversion = (unsigned char)*(*str)++;
        if (*conversion != 's' && *conversion != 'r' && *conversion != 'a')
            return gilt_parser_error(p, "f-string: invalid conversion "
                                        "character: expected 's', 'r', or "
                                        "'a'");
    }
    return true;
}

static AstExpr *fstring_parse(Parser *p, const char **str, const char *end,
                              bool raw, int recurse, const GiltToken *first,
                              const GiltToken *t, const GiltToken *last)
{
    FString fs = {0};
    gilt_parser_vec_init(&fs.parts);
    if (!gilt_parser_fstring_concat(p, &fs, str, end, raw, recurse, first, t,
                                    last))
        return NULL;
    return gilt_parser_fstring_finish(p, &fs, t, t);
}

// A replacement field at [*str] ('{'): its expression, "=" text,
// conversion and format spec. The text of a "x=" field goes to [fs].
static AstExpr *field(Parser *p, FString *fs, const char **str,
                      const char *end, bool raw, int recurse,
                      const GiltToken *first, const GiltToken *t,
                      const GiltToken *last)
{
    if (recurse >= 2)
        return gilt_parser_error(p, "f-string: expressions nested too deeply");
    const char *start = ++*str;
    if (!scan_expr(p, str, end))
        return NULL;
    const char *expr_end = *str;
    AstExpr *value = compile_expr(p, start, expr_end, t);
    if (!value)
        return NULL;
    bool debug = false;
    int conversion = -1;
    if (!field_suffix(p, fs, str, end, start, &debug, &conversion))
        return NULL;
    AstExpr *spec = NULL;
    if (*str < end && **str == ':') {
        if (++*str >= end)
            return gilt_parser_error(p, "f-string: expecting '}'");
        if (!(spec = fstring_parse(p, str, end, raw, recurse + 1, first, t,
                                   last)))
            return NULL;
    }
    if (*str >= end || **str != '}')
        return gilt_parser_error(p, "f-string: expecting '}'");
    (*str)++;
    if (debug && !spec && conversion == -1)
        conversion = 'r';
    AstExpr *e = gilt_parser_expr(p, AST_FORMATTEDVALUE, span(first, last));
    if (e) {
        e->v.formattedvalue.value = value;
        e->v.formattedvalue.conversion = conversion;
        e->v.formattedvalue.format_spec = spec;
    }
    return e;
}

bool gilt_parser_fstring_concat(Parser *p, FString *fs, const char **s,
                                const char *end, bool raw, int recurse,
                                const GiltToken *first, const GiltToken *t,
                                const GiltToken *last)
{
    fs->fmode = true;
    for (;;) {
        int r = find_literal(p, s, end, raw, recurse, fs);
        if (r < 0)
            return false;
        if (r == 1)
            continue;
        if (*s >= end || **s == '}')
            break;
        AstExpr *e = field(p, fs, s, end, raw, recurse, first, t, last);
        if (!e)
            return false;
        if (fs->last) {
            AstExpr *c = str_node(p, fs, first, last);
            if (!c || !gilt_parser_vec_push(p, &fs->parts, c))
                return false;
        }
        if (!gilt_parser_vec_push(p, &fs->parts, e))
            return false;
    }
    if (recurse == 0 && *s < end - 1)
        return gilt_parser_error(p, "f-string: unexpected end of string");
    if (recurse != 0 && (*s >= end || **s != '}'))
        return gilt_parser_error(p, "f-string: expecting '}'");
    return true;
}
