/* lexer.h - Python 3.11 tokenizer: source text to tokens, on demand.
 *
 * The lexer follows CPython 3.11's Parser/tokenizer.c closely, because its
 * observable behaviour (which token an error is reported at, INDENT and
 * DEDENT placement, where a NEWLINE token starts) leaks into SyntaxError
 * locations. It works on a normalised copy of the source (see
 * gilt_lexer_prepare): line endings are '\n', there is no BOM, the text is
 * valid UTF-8 without NUL bytes and, for whole files, ends with '\n'.
 *
 * Token columns are 0-based UTF-8 byte offsets, as in CPython's AST. INDENT,
 * DEDENT and ENDMARKER have no text; for them col holds the column the
 * tokenizer had reached, which is what CPython reports errors at.
 */
#ifndef GILT_LEXER_H
#define GILT_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ast.h"

// X(name, text): every token kind. Keywords come last, from KW_FALSE on.
#define GILT_TOKENS(X)                                                         \
    X(ENDMARKER, "end of file")                                                \
    X(NAME, "name")                                                            \
    X(NUMBER, "number")                                                        \
    X(STRING, "string")                                                        \
    X(NEWLINE, "newline")                                                      \
    X(INDENT, "indent")                                                        \
    X(DEDENT, "dedent")                                                        \
    X(OP, "op") /* a character no token uses, such as '$' */                   \
    X(LPAR, "(")                                                               \
    X(RPAR, ")")                                                               \
    X(LSQB, "[")                                                               \
    X(RSQB, "]")                                                               \
    X(LBRACE, "{")                                                             \
    X(RBRACE, "}")                                                             \
    X(COLON, ":")                                                              \
    X(COMMA, ",")                                                              \
    X(SEMI, ";")                                                               \
    X(PLUS, "+")                                                               \
    X(MINUS, "-")                                                              \
    X(STAR, "*")                                                               \
    X(SLASH, "/")                                                              \
    X(VBAR, "|")                                                               \
    X(AMPER, "&")                                                              \
    X(LESS, "<")                                                               \
    X(GREATER, ">")                                                            \
    X(EQUAL, "=")                                                              \
    X(DOT, ".")                                                                \
    X(PERCENT, "%")                                                            \
    X(EQEQUAL, "==")                                                           \
    X(NOTEQUAL, "!=")                                                          \
    X(LESSEQUAL, "<=")                                                         \
    X(GREATEREQUAL, ">=")                                                      \
    X(TILDE, "~")                                                              \
    X(CIRCUMFLEX, "^")                                                         \
    X(LEFTSHIFT, "<<")                                                         \
    X(RIGHTSHIFT, ">>")                                                        \
    X(DOUBLESTAR, "**")                                                        \
    X(PLUSEQUAL, "+=")                                                         \
    X(MINEQUAL, "-=")                                                          \
    X(STAREQUAL, "*=")                                                         \
    X(SLASHEQUAL, "/=")                                                        \
    X(PERCENTEQUAL, "%=")                                                      \
    X(AMPEREQUAL, "&=")                                                        \
    X(VBAREQUAL, "|=")                                                         \
    X(CIRCUMFLEXEQUAL, "^=")                                                   \
    X(LEFTSHIFTEQUAL, "<<=")                                                   \
    X(RIGHTSHIFTEQUAL, ">>=")                                                  \
    X(DOUBLESTAREQUAL, "**=")                                                  \
    X(DOUBLESLASH, "//")                                                       \
    X(DOUBLESLASHEQUAL, "//=")                                                 \
    X(AT, "@")                                                                 \
    X(ATEQUAL, "@=")                                                           \
    X(RARROW, "->")                                                            \
    X(ELLIPSIS, "...")                                                         \
    X(COLONEQUAL, ":=")                                                        \
    X(KW_FALSE, "False")                                                       \
    X(KW_NONE, "None")                                                         \
    X(KW_TRUE, "True")                                                         \
    X(KW_AND, "and")                                                           \
    X(KW_AS, "as")                                                             \
    X(KW_ASSERT, "assert")                                                     \
    X(KW_ASYNC, "async")                                                       \
    X(KW_AWAIT, "await")                                                       \
    X(KW_BREAK, "break")                                                       \
    X(KW_CLASS, "class")                                                       \
    X(KW_CONTINUE, "continue")                                                 \
    X(KW_DEF, "def")                                                           \
    X(KW_DEL, "del")                                                           \
    X(KW_ELIF, "elif")                                                         \
    X(KW_ELSE, "else")                                                         \
    X(KW_EXCEPT, "except")                                                     \
    X(KW_FINALLY, "finally")                                                   \
    X(KW_FOR, "for")                                                           \
    X(KW_FROM, "from")                                                         \
    X(KW_GLOBAL, "global")                                                     \
    X(KW_IF, "if")                                                             \
    X(KW_IMPORT, "import")                                                     \
    X(KW_IN, "in")                                                             \
    X(KW_IS, "is")                                                             \
    X(KW_LAMBDA, "lambda")                                                     \
    X(KW_NONLOCAL, "nonlocal")                                                 \
    X(KW_NOT, "not")                                                           \
    X(KW_OR, "or")                                                             \
    X(KW_PASS, "pass")                                                         \
    X(KW_RAISE, "raise")                                                       \
    X(KW_RETURN, "return")                                                     \
    X(KW_TRY, "try")                                                           \
    X(KW_WHILE, "while")                                                       \
    X(KW_WITH, "with")                                                         \
    X(KW_YIELD, "yield")

typedef enum {
#define GILT_TOKEN_ENUM(name, text) TOK_##name,
    GILT_TOKENS(GILT_TOKEN_ENUM)
#undef GILT_TOKEN_ENUM
        TOK__COUNT
} GiltTokenKind;

// The text of a token kind: "(" for TOK_LPAR, "if" for TOK_KW_IF.
const char *gilt_lexer_token_text(GiltTokenKind kind);

typedef struct GiltToken {
    uint8_t kind;       // GiltTokenKind
    bool nopos;         // INDENT/DEDENT/ENDMARKER: no text (see above)
    uint16_t level;     // bracket depth after the token, as CPython's
    int lineno, end_lineno;
    int col, end_col;   // 0-based byte columns
    const char *start;  // text, in the lexer's buffer
    uint32_t len;
} GiltToken;

// Lexer errors. SYNTAX errors are complete when raised (CPython's
// syntaxerror()); the others are codes whose message and location the
// parser decides, as CPython's pegen does in tokenizer_error().
typedef enum {
    GILT_LEX_OK,
    GILT_LEX_SYNTAX,   // err holds message and location
    GILT_LEX_EOF,      // input ended inside brackets or after a backslash
    GILT_LEX_DEDENT,   // unindent does not match any outer level
    GILT_LEX_TABSPACE, // inconsistent tabs and spaces
    GILT_LEX_TOODEEP,  // too many indentation levels
    GILT_LEX_LINECONT  // character after a line continuation
} GiltLexStatus;

#define GILT_LEXER_MAXLEVEL 200 // bracket nesting, as CPython's MAXLEVEL
#define GILT_LEXER_MAXINDENT 100

typedef struct GiltLexer {
    const char *buf, *end; // the whole (normalised) input; *end == '\0'
    const char *cur;       // next byte to read
    const char *line_start;
    const char *tok_start;      // start of the token being read
    const char *str_line_start; // line start where a string began
    int lineno;
    int str_lineno;
    // Offsets applied to positions on the first line, for the "(expr)"
    // text of an f-string replacement field (see parser_fstring.c).
    int first_lineno, first_col_shift;
    int level;
    char parenstack[GILT_LEXER_MAXLEVEL];
    int parenline[GILT_LEXER_MAXLEVEL];
    int parencol[GILT_LEXER_MAXLEVEL];
    const char *parenls[GILT_LEXER_MAXLEVEL]; // their lines' starts
    int indent;
    int indstack[GILT_LEXER_MAXINDENT];
    int altindstack[GILT_LEXER_MAXINDENT];
    int pendin;   // pending INDENT (>0) or DEDENT (<0) tokens
    bool atbol;   // at the beginning of a line
    bool incomplete; // the error is an input that ended too early
    GiltLexStatus status;
    AstError err; // filled for GILT_LEX_SYNTAX
} GiltLexer;

// lexer_unicode.c: normalise [size] bytes of [source] into a NUL-terminated copy in
// [arena]: skip a UTF-8 BOM, turn "\r\n" and "\r" into "\n", and append
// "\n" when [add_newline] and the text does not end with one. Checks for
// NUL bytes and invalid UTF-8. Returns the copy (its length in *out_len),
// or NULL with *err filled in.
char *gilt_lexer_prepare(GiltArena *arena, const char *source, size_t size,
                         bool add_newline, size_t *out_len, AstError *err);

// Start reading the NUL-terminated [text] of [len] bytes, whose first line
// is line [lineno].
void gilt_lexer_init(GiltLexer *lx, const char *text, size_t len, int lineno);

// Read the next token into *tok. Returns false on error (lx->status says
// which; later calls keep failing).
bool gilt_lexer_next(GiltLexer *lx, GiltToken *tok);

// CPython's byte_offset_to_character_offset: the characters in the first
// [offset1] bytes of [line] ([len] bytes, or to and including its newline
// if [len] < 0), [offset1] clamped to len + 1 and values <= 0 returned
// as they are.
int gilt_lexer_char_offset(const char *line, int len, int offset1);

// lexer_unicode.c: Python 3.11's str.isprintable(), and str.isidentifier()
// for a first and for a later character.
bool gilt_lexer_unicode_isprintable(uint32_t cp);
bool gilt_lexer_unicode_isidstart(uint32_t cp);
bool gilt_lexer_unicode_isidcontinue(uint32_t cp);

// Identifier normalisation (CPython applies NFKC; see lexer_unicode.c for
// what is covered): [n] bytes of UTF-8 at [s] into [out], which has room
// for 3 * n bytes. Returns the length written.
size_t gilt_lexer_unicode_nfkc(const char *s, size_t n, char *out);

// Decode one UTF-8 sequence at [s] (well-formed, though surrogates are
// allowed: string escapes can produce them); store its length in *n.
uint32_t gilt_lexer_unicode_decode(const char *s, int *n);
// Encode [cp] at [out] (room for 4 bytes); returns the length.
int gilt_lexer_unicode_encode(uint32_t cp, char *out);

#endif
