/* test_lexer.c - Criterion tests for the tokenizer (vm/lexer.c,
 * vm/lexer_unicode.c).
 *
 * Token streams and error messages/locations follow CPython 3.11's
 * tokenizer; the expected values were checked against python3 3.11.7.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "../../vm/lexer.h"

#define MAX_TOKENS 64

typedef struct Lexed {
    GiltArena arena;
    GiltLexer lx;
    GiltToken toks[MAX_TOKENS];
    int n;
    bool ok; // reached ENDMARKER without error
} Lexed;

// Tokenize [src] (a whole file: a final newline is added) into [out].
static void lex(Lexed *out, const char *src)
{
    AstError err;
    size_t len;
    gilt_arena_init(&out->arena);
    char *text = gilt_lexer_prepare(&out->arena, src, strlen(src), true, &len,
                                    &err);
    cr_assert(text, "prepare failed: %s", err.msg);
    gilt_lexer_init(&out->lx, text, len, 1);
    out->n = 0;
    out->ok = false;
    while (out->n < MAX_TOKENS) {
        GiltToken *t = &out->toks[out->n];
        if (!gilt_lexer_next(&out->lx, t))
            return;
        out->n++;
        if (t->kind == TOK_ENDMARKER) {
            out->ok = true;
            return;
        }
    }
}

static void done(Lexed *l)
{
    gilt_arena_fini(&l->arena);
}

// The tokens of [src] must be [kinds], ending with ENDMARKER.
static void expect_kinds(const char *src, const GiltTokenKind *kinds, int n)
{
    Lexed l;
    lex(&l, src);
    cr_expect(l.ok, "%s: error %s", src, l.lx.err.msg);
    cr_expect_eq(l.n, n, "%s: %d tokens, expected %d", src, l.n, n);
    for (int i = 0; i < n && i < l.n; i++)
        cr_expect_eq(l.toks[i].kind, kinds[i], "%s: token %d is %s, not %s",
                     src, i, gilt_lexer_token_text(l.toks[i].kind),
                     gilt_lexer_token_text(kinds[i]));
    done(&l);
}

#define KINDS(src, ...)                                                        \
    do {                                                                       \
        static const GiltTokenKind k_[] = {__VA_ARGS__};                       \
        expect_kinds(src, k_, (int)(sizeof k_ / sizeof k_[0]));                \
    } while (0)

// Lexing [src] must fail with [msg] at [lineno]/[offset]/[end_offset].
static void expect_error(const char *src, AstErrorKind kind, const char *msg,
                         int lineno, int offset, int end_offset)
{
    Lexed l;
    lex(&l, src);
    cr_expect(!l.ok, "%s: no error", src);
    cr_expect_str_eq(l.lx.err.msg, msg, "%s", src);
    cr_expect_eq(l.lx.err.kind, kind, "%s: kind", src);
    cr_expect_eq(l.lx.err.lineno, lineno, "%s: lineno %d", src,
                 l.lx.err.lineno);
    cr_expect_eq(l.lx.err.offset, offset, "%s: offset %d", src,
                 l.lx.err.offset);
    cr_expect_eq(l.lx.err.end_offset, end_offset, "%s: end_offset %d", src,
                 l.lx.err.end_offset);
    done(&l);
}

Test(lexer, indent_dedent_newline)
{
    KINDS("if x:\n    y\nz\n", TOK_KW_IF, TOK_NAME, TOK_COLON, TOK_NEWLINE,
          TOK_INDENT, TOK_NAME, TOK_NEWLINE, TOK_DEDENT, TOK_NAME, TOK_NEWLINE,
          TOK_ENDMARKER);
    KINDS("if a:\n  if b:\n    c\n", TOK_KW_IF, TOK_NAME, TOK_COLON,
          TOK_NEWLINE, TOK_INDENT, TOK_KW_IF, TOK_NAME, TOK_COLON, TOK_NEWLINE,
          TOK_INDENT, TOK_NAME, TOK_NEWLINE, TOK_DEDENT, TOK_DEDENT,
          TOK_ENDMARKER);
    // Tabs go to multiples of 8, consistently with spaces here.
    KINDS("if a:\n\tb\n\tc\n", TOK_KW_IF, TOK_NAME, TOK_COLON, TOK_NEWLINE,
          TOK_INDENT, TOK_NAME, TOK_NEWLINE, TOK_NAME, TOK_NEWLINE, TOK_DEDENT,
          TOK_ENDMARKER);
}

Test(lexer, blank_lines_and_comments_are_skipped)
{
    KINDS("\n  # c\n\nx # c\n   \n", TOK_NAME, TOK_NEWLINE, TOK_ENDMARKER);
    KINDS("", TOK_ENDMARKER);
}

Test(lexer, brackets_join_lines)
{
    KINDS("x = (1,\n  2\n)\n", TOK_NAME, TOK_EQUAL, TOK_LPAR, TOK_NUMBER,
          TOK_COMMA, TOK_NUMBER, TOK_RPAR, TOK_NEWLINE, TOK_ENDMARKER);
    KINDS("[\n# c\n]\n", TOK_LSQB, TOK_RSQB, TOK_NEWLINE, TOK_ENDMARKER);
}

Test(lexer, backslash_continuation)
{
    KINDS("x = 1 + \\\n    2\n", TOK_NAME, TOK_EQUAL, TOK_NUMBER, TOK_PLUS,
          TOK_NUMBER, TOK_NEWLINE, TOK_ENDMARKER);
}

Test(lexer, numbers)
{
    static const char *const numbers[] = {
        "0", "00", "123", "1_000_000", "0x1F", "0X_ff", "0o17", "0O7_7",
        "0b101", "0B_1", "1.5", "1.", ".5", "1e10", "1E+10", "1e-1_0",
        "1_0.0_1", "3j", "1.5J", "1e3j", "0j", "09.5", "0e0", "0_0"};
    for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
        char src[64];
        snprintf(src, sizeof src, "%s\n", numbers[i]);
        Lexed l;
        lex(&l, src);
        cr_expect(l.ok && l.toks[0].kind == TOK_NUMBER &&
                      l.toks[0].len == strlen(numbers[i]),
                  "%s", numbers[i]);
        done(&l);
    }
    // A keyword right after a number ends it (CPython only warns).
    KINDS("1if x else 2\n", TOK_NUMBER, TOK_KW_IF, TOK_NAME, TOK_KW_ELSE,
          TOK_NUMBER, TOK_NEWLINE, TOK_ENDMARKER);
    KINDS("1..real\n", TOK_NUMBER, TOK_DOT, TOK_NAME, TOK_NEWLINE,
          TOK_ENDMARKER);
}

Test(lexer, number_errors)
{
    expect_error("x = 1_000_\n", AST_ERR_SYNTAX, "invalid decimal literal", 1,
                 10, 10);
    expect_error("x = 1__0\n", AST_ERR_SYNTAX, "invalid decimal literal", 1,
                 6, 6);
    expect_error("x = 1e\n", AST_ERR_SYNTAX, "invalid decimal literal", 1, 5,
                 5);
    expect_error("x = 12abc\n", AST_ERR_SYNTAX, "invalid decimal literal", 1,
                 6, 6);
    expect_error("x = 0x\n", AST_ERR_SYNTAX, "invalid hexadecimal literal", 1,
                 6, 6);
    expect_error("x = 0o8\n", AST_ERR_SYNTAX,
                 "invalid digit '8' in octal literal", 1, 7, 7);
    expect_error("x = 0b12\n", AST_ERR_SYNTAX,
                 "invalid digit '2' in binary literal", 1, 8, 8);
    expect_error("x = 0777\n", AST_ERR_SYNTAX,
                 "leading zeros in decimal integer literals are not "
                 "permitted; use an 0o prefix for octal integers",
                 1, 5, 6);
    expect_error("x = 1jx\n", AST_ERR_SYNTAX, "invalid imaginary literal", 1,
                 6, 6);
}

Test(lexer, string_prefixes_and_quotes)
{
    static const char *const strings[] = {
        "'a'", "\"a\"", "'''a\nb'''", "\"\"\"a\"\"\"", "r'\\\\'", "b'a'",
        "B'a'", "u'a'", "U'a'", "f'{x}'", "F'a'", "rb'a'", "Rb'a'", "bR'a'",
        "BR'a'", "fr'a'", "rF'a'", "'a\\'b'", "''", "\"\"", "''''''"};
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++) {
        char src[64];
        snprintf(src, sizeof src, "%s\n", strings[i]);
        Lexed l;
        lex(&l, src);
        cr_expect(l.ok && l.toks[0].kind == TOK_STRING &&
                      l.toks[0].len == strlen(strings[i]),
                  "%s", strings[i]);
        done(&l);
    }
    // Not prefixes: ur, bu, fb stay names.
    KINDS("ur'a'\n", TOK_NAME, TOK_STRING, TOK_NEWLINE, TOK_ENDMARKER);
    KINDS("fb'a'\n", TOK_NAME, TOK_STRING, TOK_NEWLINE, TOK_ENDMARKER);
}

Test(lexer, string_errors)
{
    expect_error("x = 'abc\n", AST_ERR_SYNTAX,
                 "unterminated string literal (detected at line 1)", 1, 5, 5);
    expect_error("x = '''abc\n\ny\n", AST_ERR_SYNTAX,
                 "unterminated triple-quoted string literal (detected at "
                 "line 3)",
                 1, 5, 5);
    expect_error("x = b'abc\n", AST_ERR_SYNTAX,
                 "unterminated string literal (detected at line 1)", 1, 5, 5);
}

Test(lexer, operators)
{
    KINDS("+= -= *= /= //= %= @= &= |= ^= <<= >>= **= -> ... := != <= >= == "
          "<< >> ** //\n",
          TOK_PLUSEQUAL, TOK_MINEQUAL, TOK_STAREQUAL, TOK_SLASHEQUAL,
          TOK_DOUBLESLASHEQUAL, TOK_PERCENTEQUAL, TOK_ATEQUAL, TOK_AMPEREQUAL,
          TOK_VBAREQUAL, TOK_CIRCUMFLEXEQUAL, TOK_LEFTSHIFTEQUAL,
          TOK_RIGHTSHIFTEQUAL, TOK_DOUBLESTAREQUAL, TOK_RARROW, TOK_ELLIPSIS,
          TOK_COLONEQUAL, TOK_NOTEQUAL, TOK_LESSEQUAL, TOK_GREATEREQUAL,
          TOK_EQEQUAL, TOK_LEFTSHIFT, TOK_RIGHTSHIFT, TOK_DOUBLESTAR,
          TOK_DOUBLESLASH, TOK_NEWLINE, TOK_ENDMARKER);
    KINDS("a $ b ? c ! d\n", TOK_NAME, TOK_OP, TOK_NAME, TOK_OP, TOK_NAME,
          TOK_OP, TOK_NAME, TOK_NEWLINE, TOK_ENDMARKER);
}

Test(lexer, keywords_and_names)
{
    KINDS("async await match case _ None é\n", TOK_KW_ASYNC, TOK_KW_AWAIT,
          TOK_NAME, TOK_NAME, TOK_NAME, TOK_KW_NONE, TOK_NAME, TOK_NEWLINE,
          TOK_ENDMARKER);
}

Test(lexer, positions)
{
    Lexed l;
    lex(&l, "x = f(a,\n      b)  # note\n'''s\nt'''\n");
    cr_assert(l.ok);
    GiltToken *b = &l.toks[6], *nl = &l.toks[8], *s = &l.toks[9];
    cr_expect_eq(b->lineno, 2);
    cr_expect_eq(b->col, 6);
    cr_expect_eq(b->end_col, 7);
    // A NEWLINE token starts at a comment before it (CPython).
    cr_expect_eq(nl->kind, TOK_NEWLINE);
    cr_expect_eq(nl->col, 10);
    cr_expect_eq(nl->end_col, 16);
    cr_expect_eq(s->kind, TOK_STRING);
    cr_expect_eq(s->lineno, 3);
    cr_expect_eq(s->end_lineno, 4);
    cr_expect_eq(s->col, 0);
    cr_expect_eq(s->end_col, 4);
    done(&l);
}

Test(lexer, indentation_errors)
{
    expect_error("if x:\n        a\n    b\n", AST_ERR_INDENTATION,
                 "unindent does not match any outer indentation level", 3, 6,
                 -1);
    expect_error("if x:\n\ta\n        b\n", AST_ERR_TAB,
                 "inconsistent use of tabs and spaces in indentation", 3, 1, 0);
}

Test(lexer, bracket_errors)
{
    expect_error("x = 1)\n", AST_ERR_SYNTAX, "unmatched ')'", 1, 6, 6);
    expect_error("x = (1]\n", AST_ERR_SYNTAX,
                 "closing parenthesis ']' does not match opening parenthesis "
                 "'('",
                 1, 7, 7);
    expect_error("x = (1,\n]\n", AST_ERR_SYNTAX,
                 "closing parenthesis ']' does not match opening parenthesis "
                 "'(' on line 1",
                 2, 1, 1);
    expect_error("x = (1,\n2\n", AST_ERR_SYNTAX, "'(' was never closed", 1, 5,
                 0);
}

Test(lexer, character_errors)
{
    expect_error("x = a\xe2\x80\xa6" "b\n", AST_ERR_SYNTAX,
                 "invalid character '\xe2\x80\xa6' (U+2026)", 1, 6, 6);
    expect_error("x = \xc2\xa0\n", AST_ERR_SYNTAX,
                 "invalid non-printable character U+00A0", 1, 5, 5);
    expect_error("x = \x01\n", AST_ERR_SYNTAX,
                 "invalid non-printable character U+0001", 1, 5, 5);
    expect_error("x = 1 \\ 2\n", AST_ERR_SYNTAX,
                 "unexpected character after line continuation character", 1,
                 8, 0);
    expect_error("x = 1 + \\\n", AST_ERR_SYNTAX,
                 "unexpected EOF while parsing", 1, 10, -1);
}

Test(lexer, incomplete_at_end_of_input)
{
    static const char *const sources[] = {"x = (1,\n", "x = '''a\n",
                                          "x = 1 + \\\n"};
    for (size_t i = 0; i < 3; i++) {
        Lexed l;
        lex(&l, sources[i]);
        cr_expect(!l.ok && l.lx.incomplete, "%s", sources[i]);
        done(&l);
    }
    Lexed l;
    lex(&l, "x = 'a\n");
    cr_expect(!l.ok && !l.lx.incomplete);
    done(&l);
}

Test(lexer, prepare_normalises_text)
{
    GiltArena arena;
    AstError err;
    size_t len;
    gilt_arena_init(&arena);
    char *t = gilt_lexer_prepare(&arena, "\xef\xbb\xbf" "a\r\nb\rc", 9, true,
                                 &len, &err);
    cr_assert(t);
    cr_expect_str_eq(t, "a\nb\nc\n");
    cr_expect_eq(len, 6);
    t = gilt_lexer_prepare(&arena, "a\0b", 3, true, &len, &err);
    cr_expect(!t);
    cr_expect_str_eq(err.msg, "source code cannot contain null bytes");
    t = gilt_lexer_prepare(&arena, "x\n\xc3(", 4, true, &len, &err);
    cr_expect(!t);
    cr_expect_str_eq(err.msg, "(unicode error) 'utf-8' codec can't decode "
                              "byte 0xc3 in position 0: invalid continuation "
                              "byte");
    cr_expect_eq(err.lineno, 2);
    gilt_arena_fini(&arena);
}

Test(lexer, unicode_classes)
{
    cr_expect(gilt_lexer_unicode_isprintable('a'));
    cr_expect(!gilt_lexer_unicode_isprintable(0xa0));
    cr_expect(!gilt_lexer_unicode_isprintable(0x200b));
    cr_expect(gilt_lexer_unicode_isprintable(0xe9));
    cr_expect(!gilt_lexer_unicode_isprintable(0x378)); // unassigned
    cr_expect(gilt_lexer_unicode_isprintable(0x1f600));
    cr_expect(gilt_lexer_unicode_isidstart(0xe9));
    cr_expect(gilt_lexer_unicode_isidstart(0x4e2d));
    cr_expect(!gilt_lexer_unicode_isidstart(0x2026));
    cr_expect(!gilt_lexer_unicode_isidstart(0x300)); // combining
    cr_expect(gilt_lexer_unicode_isidcontinue(0x300));
    cr_expect(!gilt_lexer_unicode_isidcontinue('$'));
    char out[32];
    size_t n = gilt_lexer_unicode_nfkc("\xef\xbd\x97\xc2\xb5\xef\xac\x81", 8,
                                       out);
    out[n] = '\0';
    cr_expect_str_eq(out, "w\xce\xbc" "fi");
}

Test(lexer, char_offsets)
{
    // "é" is two bytes: byte column 3 is the 3rd character.
    cr_expect_eq(gilt_lexer_char_offset("\xc3\xa9" "ab\n", -1, 3), 2);
    cr_expect_eq(gilt_lexer_char_offset("abc\n", -1, 10), 5);
    cr_expect_eq(gilt_lexer_char_offset("abc\n", 3, 10), 4);
    cr_expect_eq(gilt_lexer_char_offset("abc\n", -1, 0), 0);
}
