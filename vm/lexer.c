/* lexer.c - Python 3.11 tokenizer: source text to tokens, on demand.
 *
 * A transcription of CPython 3.11's tok_get() for in-memory text. Lines
 * are entered lazily, as CPython's line reader does: lineno only moves to
 * the next line when a character of that line is asked for, so a token at
 * the end of the input still reports the last line. Errors are recorded in
 * lx->err with CPython's message and location; lx->status tells the parser
 * whether CPython would raise at once (GILT_LEX_SYNTAX) or let pegen word
 * it, which matters for which error wins (see parser_error.c).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "lexer.h"

#define END_OF_INPUT (-1)
#define TABSIZE 8
#define ALTTABSIZE 1

static const char *const token_texts[] = {
#define GILT_TOKEN_TEXT(name, text) text,
    GILT_TOKENS(GILT_TOKEN_TEXT)
#undef GILT_TOKEN_TEXT
};

const char *gilt_lexer_token_text(GiltTokenKind kind)
{
    return kind < TOK__COUNT ? token_texts[kind] : "?";
}

// ---- reading characters -------------------------------------------------

void gilt_lexer_init(GiltLexer *lx, const char *text, size_t len, int lineno)
{
    memset(lx, 0, sizeof *lx);
    lx->buf = lx->cur = lx->line_start = text;
    lx->end = text + len;
    lx->lineno = lx->first_lineno = lineno;
    if (!len)
        lx->lineno--; // no line was read: CPython reports line 0
    lx->atbol = true;
}

// The next byte, or END_OF_INPUT. Moves to the next line only when a byte
// of it is read (see the file comment).
static int nextc(GiltLexer *lx)
{
    if (lx->cur >= lx->end)
        return END_OF_INPUT;
    if (lx->cur > lx->buf && lx->cur[-1] == '\n' && lx->line_start < lx->cur) {
        lx->lineno++;
        lx->line_start = lx->cur;
    }
    return (unsigned char)*lx->cur++;
}

static void backup(GiltLexer *lx, int c)
{
    if (c != END_OF_INPUT)
        lx->cur--;
}

int gilt_lexer_char_offset(const char *line, int len, int offset1)
{
    if (offset1 <= 0)
        return offset1;
    if (len < 0) {
        len = 0;
        while (line[len] && line[len] != '\n')
            len++;
        if (line[len] == '\n')
            len++;
    }
    if (offset1 > len + 1)
        offset1 = len + 1;
    int chars = 0;
    for (int i = 0; i < offset1; i++)
        chars += i >= len || ((unsigned char)line[i] & 0xc0) != 0x80;
    return chars;
}

// Fill lx->err as CPython's _syntaxerror_range() does: the line is the
// current one, columns are 1-based characters, -1 meaning "where the
// tokenizer stands".
static bool lex_error_range(GiltLexer *lx, int col, int end_col,
                            const char *fmt, va_list ap)
{
    AstError *e = &lx->err;
    memset(e, 0, sizeof *e);
    e->kind = AST_ERR_SYNTAX;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    if (col == -1) {
        col = 0;
        for (const char *s = lx->line_start; s < lx->cur; s++)
            col += ((unsigned char)*s & 0xc0) != 0x80;
    }
    e->lineno = e->end_lineno = lx->lineno;
    e->offset = col;
    e->end_offset = end_col == -1 ? col : end_col;
    lx->status = GILT_LEX_SYNTAX;
    return false;
}

GILT_PRINTF(2, 3)
static bool lex_error(GiltLexer *lx, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lex_error_range(lx, -1, -1, fmt, ap);
    va_end(ap);
    return false;
}

GILT_PRINTF(4, 5)
static bool lex_error_known(GiltLexer *lx, int col, int end_col,
                            const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lex_error_range(lx, col, end_col, fmt, ap);
    va_end(ap);
    return false;
}

// The characters before [p] on its line: CPython's 1-based column for an
// error "where the tokenizer stands" (on the character just read).
static int chars_to(const GiltLexer *lx, const char *p)
{
    return gilt_lexer_char_offset(lx->line_start, -1, (int)(p - lx->line_start));
}

// An error that CPython's tokenizer only flags and pegen words
// (tokenizer_error); the locations are the ones pegen computes.
static bool lex_fail(GiltLexer *lx, GiltLexStatus status)
{
    AstError *e = &lx->err;
    memset(e, 0, sizeof *e);
    e->kind = AST_ERR_SYNTAX;
    e->lineno = e->end_lineno = lx->lineno;
    const char *msg = "";
    switch (status) {
    case GILT_LEX_EOF:
        if (lx->level > 0) {
            int i = lx->level - 1;
            snprintf(e->msg, sizeof e->msg, "'%c' was never closed",
                     lx->parenstack[i]);
            e->lineno = e->end_lineno = lx->parenline[i];
            e->offset = gilt_lexer_char_offset(lx->parenls[i], -1,
                                               lx->parencol[i] + 1);
            e->end_offset = 0;
            lx->status = status;
            return false;
        }
        msg = "unexpected EOF while parsing";
        e->offset = chars_to(lx, lx->cur);
        e->end_offset = -1;
        break;
    case GILT_LEX_DEDENT:
        e->kind = AST_ERR_INDENTATION;
        msg = "unindent does not match any outer indentation level";
        e->offset = chars_to(lx, lx->cur);
        e->end_offset = -1;
        break;
    case GILT_LEX_TABSPACE:
        e->kind = AST_ERR_TAB;
        msg = "inconsistent use of tabs and spaces in indentation";
        e->offset = 1;
        break;
    case GILT_LEX_TOODEEP:
        e->kind = AST_ERR_INDENTATION;
        msg = "too many levels of indentation";
        e->offset = 1;
        break;
    default: // GILT_LEX_LINECONT
        msg = "unexpected character after line continuation character";
        e->offset = gilt_lexer_char_offset(
            lx->line_start, -1, (int)(lx->cur - lx->line_start));
        break;
    }
    snprintf(e->msg, sizeof e->msg, "%s", msg);
    lx->status = status;
    return false;
}

// ---- tokens ---------------------------------------------------------------

static bool is_id_start_byte(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           c >= 128;
}

static bool is_id_byte(int c)
{
    return is_id_start_byte(c) || (c >= '0' && c <= '9');
}

static bool is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static bool is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool emit(GiltLexer *lx, GiltToken *t, GiltTokenKind kind,
                 const char *start, const char *end)
{
    t->kind = (uint8_t)kind;
    t->nopos = false;
    t->level = (uint16_t)lx->level;
    t->lineno = t->end_lineno = lx->lineno;
    t->col = (int)(start - lx->line_start);
    t->end_col = (int)(end - lx->line_start);
    if (kind == TOK_STRING) {
        t->lineno = lx->str_lineno;
        t->col = (int)(start - lx->str_line_start);
    }
    if (lx->lineno == lx->first_lineno) {
        t->col += lx->first_col_shift;
        t->end_col += lx->first_col_shift;
    }
    t->start = start;
    t->len = (uint32_t)(end - start);
    return true;
}

// INDENT, DEDENT and ENDMARKER: no text; col records where the tokenizer
// stands, which is what CPython reports errors at (see lexer.h).
static bool emit_nopos(GiltLexer *lx, GiltToken *t, GiltTokenKind kind)
{
    emit(lx, t, kind, lx->cur, lx->cur);
    t->nopos = true;
    t->len = 0;
    return true;
}

static GiltTokenKind keyword_kind(const char *s, size_t n)
{
#define KW(text, kind)                                                         \
    if (n == sizeof(text) - 1 && memcmp(s, text, n) == 0)                      \
    return kind
    switch (s[0]) {
    case 'F': KW("False", TOK_KW_FALSE); break;
    case 'N': KW("None", TOK_KW_NONE); break;
    case 'T': KW("True", TOK_KW_TRUE); break;
    case 'a': KW("and", TOK_KW_AND); KW("as", TOK_KW_AS);
              KW("assert", TOK_KW_ASSERT); KW("async", TOK_KW_ASYNC);
              KW("await", TOK_KW_AWAIT); break;
    case 'b': KW("break", TOK_KW_BREAK); break;
    case 'c': KW("class", TOK_KW_CLASS); KW("continue", TOK_KW_CONTINUE); break;
    case 'd': KW("def", TOK_KW_DEF); KW("del", TOK_KW_DEL); break;
    case 'e': KW("elif", TOK_KW_ELIF); KW("else", TOK_KW_ELSE);
              KW("except", TOK_KW_EXCEPT); break;
    case 'f': KW("finally", TOK_KW_FINALLY); KW("for", TOK_KW_FOR);
              KW("from", TOK_KW_FROM); break;
    case 'g': KW("global", TOK_KW_GLOBAL); break;
    case 'i': KW("if", TOK_KW_IF); KW("import", TOK_KW_IMPORT);
              KW("in", TOK_KW_IN); KW("is", TOK_KW_IS); break;
    case 'l': KW("lambda", TOK_KW_LAMBDA); break;
    case 'n': KW("nonlocal", TOK_KW_NONLOCAL); KW("not", TOK_KW_NOT); break;
    case 'o': KW("or", TOK_KW_OR); break;
    case 'p': KW("pass", TOK_KW_PASS); break;
    case 'r': KW("raise", TOK_KW_RAISE); KW("return", TOK_KW_RETURN); break;
    case 't': KW("try", TOK_KW_TRY); break;
    case 'w': KW("while", TOK_KW_WHILE); KW("with", TOK_KW_WITH); break;
    case 'y': KW("yield", TOK_KW_YIELD); break;
    }
#undef KW
    return TOK_NAME;
}

// A backslash was read: it must end the line, and input must follow.
static bool continuation_line(GiltLexer *lx)
{
    int c = nextc(lx);
    if (c != '\n')
        return lex_fail(lx, GILT_LEX_LINECONT);
    c = nextc(lx);
    if (c == END_OF_INPUT) {
        lx->cur = lx->end;
        lx->incomplete = true;
        return lex_fail(lx, GILT_LEX_EOF);
    }
    backup(lx, c);
    return true;
}

// The indentation stack after a non-blank line's leading white space
// measured [col] (tabs to multiples of 8) and [altcol] (tabs as 1).
static bool indent_to(GiltLexer *lx, int col, int altcol)
{
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altindstack[lx->indent])
            return lex_fail(lx, GILT_LEX_TABSPACE);
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= GILT_LEXER_MAXINDENT) {
            lx->cur = lx->end;
            return lex_fail(lx, GILT_LEX_TOODEEP);
        }
        if (altcol <= lx->altindstack[lx->indent])
            return lex_fail(lx, GILT_LEX_TABSPACE);
        lx->pendin++;
        lx->indstack[++lx->indent] = col;
        lx->altindstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pendin--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            while (lx->cur < lx->end && *lx->cur != '\n')
                lx->cur++;
            if (lx->cur < lx->end)
                lx->cur++;
            return lex_fail(lx, GILT_LEX_DEDENT);
        }
        if (altcol != lx->altindstack[lx->indent])
            return lex_fail(lx, GILT_LEX_TABSPACE);
    }
    return true;
}

// At the beginning of a line: measure its indentation. *blank is set for
// lines holding only white space or a comment, which do not count.
static bool read_indent(GiltLexer *lx, bool *blank)
{
    int col = 0, altcol = 0, cont_line_col = 0, c;
    lx->atbol = false;
    for (;;) {
        c = nextc(lx);
        if (c == ' ') {
            col++;
            altcol++;
        } else if (c == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
        } else if (c == '\f') {
            col = altcol = 0;
        } else if (c == '\\') {
            // The first backslash-continued blank prefix decides the
            // indentation of what follows, as in CPython.
            cont_line_col = cont_line_col ? cont_line_col : col;
            if (!continuation_line(lx))
                return false;
        } else {
            break;
        }
    }
    backup(lx, c);
    *blank = c == '#' || c == '\n';
    if (*blank || lx->level != 0)
        return true;
    if (cont_line_col) {
        col = altcol = cont_line_col;
    }
    return indent_to(lx, col, altcol);
}

// CPython's lookahead(): do the next bytes spell [rest] and end a word?
// Consumes nothing.
static bool lookahead(GiltLexer *lx, const char *rest)
{
    const char *s = lx->cur;
    size_t n = strlen(rest);
    if ((size_t)(lx->end - s) < n || memcmp(s, rest, n) != 0)
        return false;
    return s + n >= lx->end || !is_id_byte((unsigned char)s[n]);
}

// After a number, [c] was read. A following keyword that valid code can
// have there ("1if x else y") is accepted, as CPython 3.11 does with a
// warning; any other identifier character is an error.
static bool end_of_number(GiltLexer *lx, int c, const char *kind)
{
    bool ok = false;
    if (c == 'a')
        ok = lookahead(lx, "nd");
    else if (c == 'e')
        ok = lookahead(lx, "lse");
    else if (c == 'f')
        ok = lookahead(lx, "or");
    else if (c == 'i')
        ok = lx->cur < lx->end &&
             (*lx->cur == 'f' || *lx->cur == 'n' || *lx->cur == 's');
    else if (c == 'o')
        ok = lookahead(lx, "r");
    else if (c == 'n')
        ok = lookahead(lx, "ot");
    // Non-ASCII ends the number (it is then lexed as a name), as in 3.11.
    if (!ok && c != END_OF_INPUT && c < 128 && is_id_byte(c)) {
        backup(lx, c);
        return lex_error(lx, "invalid %s literal", kind);
    }
    return true;
}

// Digits with single underscores between them; returns the byte after,
// or 0 after an error.
static int decimal_tail(GiltLexer *lx)
{
    int c;
    for (;;) {
        do {
            c = nextc(lx);
        } while (is_digit(c));
        if (c != '_')
            break;
        c = nextc(lx);
        if (!is_digit(c)) {
            backup(lx, c);
            lex_error(lx, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

// 0x, 0o and 0b literals; [c] is the letter after the 0. Returns the byte
// after the literal, or 0 after an error.
static int radix_number(GiltLexer *lx, int c)
{
    int radix = (c == 'x' || c == 'X') ? 16 : (c == 'o' || c == 'O') ? 8 : 2;
    const char *kind = radix == 16 ? "hexadecimal"
                       : radix == 8 ? "octal"
                                    : "binary";
    c = nextc(lx);
    do {
        if (c == '_')
            c = nextc(lx);
        bool ok = radix == 16 ? is_xdigit(c) : c >= '0' && c < '0' + radix;
        if (!ok) {
            if (radix != 16 && is_digit(c))
                return lex_error(lx, "invalid digit '%c' in %s literal", c,
                                 kind);
            backup(lx, c);
            return lex_error(lx, "invalid %s literal", kind);
        }
        do {
            c = nextc(lx);
        } while (radix == 16 ? is_xdigit(c) : c >= '0' && c < '0' + radix);
    } while (c == '_');
    if (radix != 16 && is_digit(c))
        return lex_error(lx, "invalid digit '%c' in %s literal", c, kind);
    return end_of_number(lx, c, kind) ? c : 0;
}

// The fraction, exponent and imaginary parts of a decimal literal, [c]
// being the byte after its integer part ([c] == '.' already consumed
// when [in_fraction]). Returns false after an error.
static bool float_tail(GiltLexer *lx, int c, bool in_fraction)
{
    if (in_fraction || c == '.') {
        if (!in_fraction)
            c = nextc(lx);
        if (is_digit(c) && !(c = decimal_tail(lx)))
            return false;
    }
    if (c == 'e' || c == 'E') {
        int e = c;
        c = nextc(lx);
        if (c == '+' || c == '-') {
            c = nextc(lx);
            if (!is_digit(c)) {
                backup(lx, c);
                return lex_error(lx, "invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            backup(lx, c);
            if (!end_of_number(lx, e, "decimal"))
                return false;
            backup(lx, e);
            return true;
        }
        if (!(c = decimal_tail(lx)))
            return false;
    }
    if (c == 'j' || c == 'J') {
        c = nextc(lx);
        if (!end_of_number(lx, c, "imaginary"))
            return false;
    } else if (!end_of_number(lx, c, "decimal")) {
        return false;
    }
    backup(lx, c);
    return true;
}

// A literal starting with 0: radix prefixes, "0", "00", 0.5, 0e1, 0j;
// "0777" is an error.
static bool zero_number(GiltLexer *lx)
{
    int c = nextc(lx);
    if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' ||
        c == 'B') {
        if (!(c = radix_number(lx, c)))
            return false;
        backup(lx, c);
        return true;
    }
    bool nonzero = false;
    for (;;) {
        if (c == '_') {
            c = nextc(lx);
            if (!is_digit(c)) {
                backup(lx, c);
                return lex_error(lx, "invalid decimal literal");
            }
        }
        if (c != '0')
            break;
        c = nextc(lx);
    }
    const char *zeros_end = lx->cur;
    if (is_digit(c)) {
        nonzero = true;
        if (!(c = decimal_tail(lx)))
            return false;
    }
    if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J')
        return float_tail(lx, c, false);
    if (nonzero) {
        backup(lx, c);
        return lex_error_known(
            lx, (int)(lx->tok_start + 1 - lx->line_start),
            (int)(zeros_end - lx->line_start),
            "leading zeros in decimal integer literals are not permitted; "
            "use an 0o prefix for octal integers");
    }
    if (!end_of_number(lx, c, "decimal"))
        return false;
    backup(lx, c);
    return true;
}

// A number token starting with [c] (a digit, or '.' followed by one).
static bool read_number(GiltLexer *lx, GiltToken *tok, int c)
{
    bool ok;
    if (c == '.')
        ok = float_tail(lx, nextc(lx), true);
    else if (c == '0')
        ok = zero_number(lx);
    else
        ok = (c = decimal_tail(lx)) && float_tail(lx, c, false);
    return ok && emit(lx, tok, TOK_NUMBER, lx->tok_start, lx->cur);
}

// The body of a string literal after its prefix; [quote] was read.
static bool read_string(GiltLexer *lx, GiltToken *tok, int quote)
{
    int quote_size = 1, end_quote_size = 0;
    lx->str_lineno = lx->lineno;
    lx->str_line_start = lx->line_start;
    int c = nextc(lx);
    if (c == quote) {
        c = nextc(lx);
        if (c == quote)
            quote_size = 3;
        else
            end_quote_size = 1; // empty string
    }
    if (c != quote)
        backup(lx, c);
    while (end_quote_size != quote_size) {
        c = nextc(lx);
        if (c == END_OF_INPUT || (quote_size == 1 && c == '\n')) {
            // Reported at the start of the literal, as CPython does.
            int detected = lx->lineno;
            lx->cur = lx->tok_start + 1;
            lx->line_start = lx->str_line_start;
            lx->lineno = lx->str_lineno;
            if (quote_size == 1)
                return lex_error(lx, "unterminated string literal (detected "
                                     "at line %d)", detected);
            lx->incomplete = true;
            return lex_error(lx, "unterminated triple-quoted string literal "
                                 "(detected at line %d)", detected);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\')
                nextc(lx);
        }
    }
    return emit(lx, tok, TOK_STRING, lx->tok_start, lx->cur);
}

// CPython's verify_identifier(): a name with non-ASCII bytes must be made
// of identifier characters; the first bad one is reported.
static bool check_identifier(GiltLexer *lx)
{
    const char *s = lx->tok_start;
    bool first = true;
    while (s < lx->cur) {
        int n;
        uint32_t cp = gilt_lexer_unicode_decode(s, &n);
        bool ok = first ? gilt_lexer_unicode_isidstart(cp)
                        : gilt_lexer_unicode_isidcontinue(cp);
        first = false;
        s += n;
        if (ok)
            continue;
        lx->cur = s;
        if (gilt_lexer_unicode_isprintable(cp))
            return lex_error(lx, "invalid character '%.*s' (U+%04X)", n,
                             s - n, (unsigned)cp);
        return lex_error(lx, "invalid non-printable character U+%04X",
                         (unsigned)cp);
    }
    return true;
}

// A name, or a string with a prefix (b, r, u, f in CPython's allowed
// combinations); [c] is its first byte.
static bool read_name(GiltLexer *lx, GiltToken *tok, int c)
{
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
        if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
            saw_b = true;
        else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
            saw_u = true;
        else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
            saw_r = true;
        else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
            saw_f = true;
        else
            break;
        c = nextc(lx);
        if (c == '"' || c == '\'')
            return read_string(lx, tok, c);
    }
    bool nonascii = false;
    while (c != END_OF_INPUT && is_id_byte(c)) {
        nonascii |= c >= 128;
        c = nextc(lx);
    }
    backup(lx, c);
    if (nonascii && !check_identifier(lx))
        return false;
    GiltTokenKind kind =
        keyword_kind(lx->tok_start, (size_t)(lx->cur - lx->tok_start));
    return emit(lx, tok, kind, lx->tok_start, lx->cur);
}

static GiltTokenKind two_chars(int c1, int c2)
{
    switch (c1) {
    case '!': return c2 == '=' ? TOK_NOTEQUAL : TOK_OP;
    case '%': return c2 == '=' ? TOK_PERCENTEQUAL : TOK_OP;
    case '&': return c2 == '=' ? TOK_AMPEREQUAL : TOK_OP;
    case '*':
        return c2 == '*' ? TOK_DOUBLESTAR : c2 == '=' ? TOK_STAREQUAL : TOK_OP;
    case '+': return c2 == '=' ? TOK_PLUSEQUAL : TOK_OP;
    case '-':
        return c2 == '=' ? TOK_MINEQUAL : c2 == '>' ? TOK_RARROW : TOK_OP;
    case '/':
        return c2 == '/'   ? TOK_DOUBLESLASH
               : c2 == '=' ? TOK_SLASHEQUAL
                           : TOK_OP;
    case ':': return c2 == '=' ? TOK_COLONEQUAL : TOK_OP;
    case '<':
        // "<>" is NOTEQUAL for the Barry-as-FLUFL joke; the parser
        // rejects it.
        return c2 == '<'   ? TOK_LEFTSHIFT
               : c2 == '=' ? TOK_LESSEQUAL
               : c2 == '>' ? TOK_NOTEQUAL
                           : TOK_OP;
    case '=': return c2 == '=' ? TOK_EQEQUAL : TOK_OP;
    case '>':
        return c2 == '='   ? TOK_GREATEREQUAL
               : c2 == '>' ? TOK_RIGHTSHIFT
                           : TOK_OP;
    case '@': return c2 == '=' ? TOK_ATEQUAL : TOK_OP;
    case '^': return c2 == '=' ? TOK_CIRCUMFLEXEQUAL : TOK_OP;
    case '|': return c2 == '=' ? TOK_VBAREQUAL : TOK_OP;
    }
    return TOK_OP;
}

static GiltTokenKind three_chars(GiltTokenKind two, int c3)
{
    if (c3 != '=')
        return TOK_OP;
    switch (two) {
    case TOK_DOUBLESTAR: return TOK_DOUBLESTAREQUAL;
    case TOK_DOUBLESLASH: return TOK_DOUBLESLASHEQUAL;
    case TOK_LEFTSHIFT: return TOK_LEFTSHIFTEQUAL;
    case TOK_RIGHTSHIFT: return TOK_RIGHTSHIFTEQUAL;
    default: return TOK_OP;
    }
}

static GiltTokenKind one_char(int c)
{
    switch (c) {
    case '(': return TOK_LPAR;
    case ')': return TOK_RPAR;
    case '[': return TOK_LSQB;
    case ']': return TOK_RSQB;
    case '{': return TOK_LBRACE;
    case '}': return TOK_RBRACE;
    case ':': return TOK_COLON;
    case ',': return TOK_COMMA;
    case ';': return TOK_SEMI;
    case '+': return TOK_PLUS;
    case '-': return TOK_MINUS;
    case '*': return TOK_STAR;
    case '/': return TOK_SLASH;
    case '|': return TOK_VBAR;
    case '&': return TOK_AMPER;
    case '<': return TOK_LESS;
    case '>': return TOK_GREATER;
    case '=': return TOK_EQUAL;
    case '.': return TOK_DOT;
    case '%': return TOK_PERCENT;
    case '~': return TOK_TILDE;
    case '^': return TOK_CIRCUMFLEX;
    case '@': return TOK_AT;
    default: return TOK_OP;
    }
}

// Bracket bookkeeping for [c], a single-character token.
static bool track_brackets(GiltLexer *lx, int c)
{
    if (c == '(' || c == '[' || c == '{') {
        if (lx->level >= GILT_LEXER_MAXLEVEL)
            return lex_error(lx, "too many nested parentheses");
        lx->parenstack[lx->level] = (char)c;
        lx->parenline[lx->level] = lx->lineno;
        lx->parencol[lx->level] = (int)(lx->tok_start - lx->line_start);
        lx->parenls[lx->level] = lx->line_start;
        lx->level++;
    } else if (c == ')' || c == ']' || c == '}') {
        if (!lx->level)
            return lex_error(lx, "unmatched '%c'", c);
        lx->level--;
        int open = lx->parenstack[lx->level];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') ||
              (open == '{' && c == '}'))) {
            if (lx->parenline[lx->level] != lx->lineno)
                return lex_error(lx, "closing parenthesis '%c' does not "
                                     "match opening parenthesis '%c' on line "
                                     "%d",
                                 c, open, lx->parenline[lx->level]);
            return lex_error(lx, "closing parenthesis '%c' does not match "
                                 "opening parenthesis '%c'",
                             c, open);
        }
    }
    return true;
}

// Operators and punctuation; [c] is the first byte.
static bool read_operator(GiltLexer *lx, GiltToken *tok, int c)
{
    int c2 = nextc(lx);
    GiltTokenKind kind = two_chars(c, c2);
    if (kind != TOK_OP) {
        int c3 = nextc(lx);
        GiltTokenKind kind3 = three_chars(kind, c3);
        if (kind3 != TOK_OP)
            kind = kind3;
        else
            backup(lx, c3);
        return emit(lx, tok, kind, lx->tok_start, lx->cur);
    }
    backup(lx, c2);
    if (!track_brackets(lx, c))
        return false;
    if (c < 0x20 || c == 0x7f)
        return lex_error(lx, "invalid non-printable character U+%04X", c);
    return emit(lx, tok, one_char(c), lx->tok_start, lx->cur);
}

// Skip blanks and a comment up to the start of the next token; returns
// its first byte (the '\n' ending a comment).
static int skip_blanks(GiltLexer *lx)
{
    int c;
    do {
        c = nextc(lx);
    } while (c == ' ' || c == '\t' || c == '\f');
    lx->tok_start = lx->cur - (c != END_OF_INPUT);
    if (c == '#') {
        while (c != END_OF_INPUT && c != '\n')
            c = nextc(lx);
    }
    return c;
}

bool gilt_lexer_next(GiltLexer *lx, GiltToken *tok)
{
    if (lx->status != GILT_LEX_OK)
        return false;
    for (;;) {
        bool blank = false;
        if (lx->atbol && !read_indent(lx, &blank))
            return false;
        lx->tok_start = lx->cur;
        if (lx->pendin != 0) {
            bool dedent = lx->pendin < 0;
            lx->pendin += dedent ? 1 : -1;
            return emit_nopos(lx, tok, dedent ? TOK_DEDENT : TOK_INDENT);
        }
        int c;
        while ((c = skip_blanks(lx)) == '\\') {
            if (!continuation_line(lx))
                return false;
        }
        if (c == END_OF_INPUT) {
            if (lx->level) {
                lx->incomplete = true;
                return lex_fail(lx, GILT_LEX_EOF);
            }
            return emit_nopos(lx, tok, TOK_ENDMARKER);
        }
        if (is_id_start_byte(c))
            return read_name(lx, tok, c);
        if (c == '\n') {
            lx->atbol = true;
            if (blank || lx->level > 0)
                continue;
            return emit(lx, tok, TOK_NEWLINE, lx->tok_start, lx->cur - 1);
        }
        if (is_digit(c) || (c == '.' && lx->cur < lx->end && is_digit(*lx->cur)))
            return read_number(lx, tok, c);
        if (c == '.' && lx->cur + 1 < lx->end && lx->cur[0] == '.' &&
            lx->cur[1] == '.') {
            lx->cur += 2;
            return emit(lx, tok, TOK_ELLIPSIS, lx->tok_start, lx->cur);
        }
        if (c == '"' || c == '\'')
            return read_string(lx, tok, c);
        return read_operator(lx, tok, c);
    }
}
