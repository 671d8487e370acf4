/* parser.h - Internals shared by the parser's files (parser*.c).
 *
 * The parser is a predictive recursive descent over CPython 3.11's grammar
 * (Grammar/python.gram), building the tree ast.h describes with the same
 * shapes and locations CPython's PEG parser gives. Tokens are fetched from
 * the lexer on demand into blocks that never move, so a GiltToken pointer
 * stays valid for the whole parse and the parser can rewind (it does so to
 * try the parenthesised with-statement and to recognise `match`).
 *
 * Errors: a parse function returns NULL with p->failed set. A plain
 * failure records nothing: if no specific error turns up, the parse ends
 * with "invalid syntax" at the furthest token looked at, as CPython's
 * first pass does. Where CPython's second, error-reporting pass has an
 * invalid_* rule, the matching check runs where this parser fails and
 * records a specific error; the first one recorded wins. While
 * speculating (p->spec > 0) nothing is recorded and the caller rewinds.
 * Such checks look ahead under p->diag (no nested checks, and the tokens
 * they read do not move the "invalid syntax" spot) and, like a PEG parse,
 * accept a prefix of an expression where the rest fails (p->peg,
 * gilt_parser_backtrack). parser_error.c has the location rules.
 */
#ifndef GILT_PARSER_H
#define GILT_PARSER_H

#include "ast.h"
#include "config.h"
#include "lexer.h"

#define PARSER_TOKEN_BLOCK 1024

// Nesting of expression parsing (parentheses, unary operators, lambdas,
// conditional expressions...) beyond which the input is rejected as too
// complex instead of exhausting the C stack.
#define PARSER_MAX_DEPTH 1000

// Where parser_fstring.c stands in an f-string token (see field_shift).
typedef struct FieldCursor {
    const GiltToken *token;
    const char *pos, *line_start;
    int lines;
} FieldCursor;

typedef struct Parser {
    GiltArena *arena;
    GiltLexer lx;
    AstMode mode;
    AstError *err;

    // Tokens fetched so far: blocks of PARSER_TOKEN_BLOCK.
    GiltToken **blocks;
    int nblocks, ntok;
    int pos;             // the next token to consume
    bool single_started; // SINGLE mode turns the first ENDMARKER into NEWLINE

    bool failed;    // the parse is failing (unwinding)
    bool err_set;   // an error was recorded in *err (the first one wins)
    bool lex_error; // ... and it came from the lexer
    int spec;       // speculation depth: failures are not recorded
    int depth;      // expression nesting, see PARSER_MAX_DEPTH
    // Error diagnosis (CPython's second pass) is under way: its lookahead
    // is speculative, runs no nested diagnosis, and does not move fill1,
    // the furthest token the parse proper has looked at (where CPython
    // reports a plain "invalid syntax").
    int diag;
    int fill1;
    int quiet; // no "Perhaps you forgot a comma?" (see dict keys)
    int peg;   // reparsing as CPython's error pass: see gilt_parser_backtrack
    AstExpr *if_test; // scratch for gilt_parser_expression
    FieldCursor field;

    // An error CPython's compiler, not its parser, reports (starred
    // assignment targets): raised only if the parse succeeds.
    AstError late;
    bool late_set;
    // A statement "match <subject>" without ':' was seen (a call such as
    // `match(x)`): CPython's error pass then reports any later syntax
    // error as "expected ':'".
    bool match_quirk;
    // `from __future__ import barry_as_FLUFL` was read: "<>" is "!=".
    bool barry;

    // An f-string replacement field's "(expr)" is parsed by a sub-parser;
    // its errors are worded and placed relative to that text.
    bool fstring;
    int fstring_shift;
    GiltToken errtok; // handed out after a lexer error
} Parser;

// ---- parser.c: tokens, nodes, sequences ------------------------------------

void gilt_parser_init(Parser *p, GiltArena *arena, AstError *err,
                      AstMode mode, const char *text, size_t len, int lineno);
void gilt_parser_fini(Parser *p);
GiltToken *gilt_parser_token_slow(Parser *p, int i);

// Token [i], fetched from the lexer as needed.
GILT_INLINE GiltToken *gilt_parser_token(Parser *p, int i)
{
    if (!p->diag && i >= p->fill1)
        p->fill1 = i + 1;
    if (GILT_LIKELY(i < p->ntok))
        return &p->blocks[i / PARSER_TOKEN_BLOCK][i % PARSER_TOKEN_BLOCK];
    return gilt_parser_token_slow(p, i);
}

// The next token, not consumed.
GILT_INLINE GiltToken *gilt_parser_peek(Parser *p)
{
    return gilt_parser_token(p, p->pos);
}

GiltToken *gilt_parser_peek2(Parser *p); // the token after the next
// Peek for an error message only: does not count as looked at (fill1).
GiltToken *gilt_parser_peek_diag(Parser *p);
GiltToken *gilt_parser_next(Parser *p); // consume and return

GILT_INLINE bool gilt_parser_check(Parser *p, GiltTokenKind kind)
{
    return gilt_parser_peek(p)->kind == kind;
}

// Consume a token of [kind] if it comes next.
GILT_INLINE GiltToken *gilt_parser_accept(Parser *p, GiltTokenKind kind)
{
    GiltToken *t = gilt_parser_peek(p);
    if (t->kind != kind)
        return NULL;
    p->pos++;
    return t;
}

// Consume a token of [kind] or fail with "invalid syntax".
GiltToken *gilt_parser_expect(Parser *p, GiltTokenKind kind);
// [t] is NAME [text] (a soft keyword such as `match`).
bool gilt_parser_tok_is(const GiltToken *t, const char *text);

// Locations. A node starts at a token and ends at the last token consumed
// that is not NEWLINE, INDENT, DEDENT or ENDMARKER (CPython's EXTRA).
GILT_INLINE AstLoc gilt_parser_loc_from(Parser *p, const GiltToken *first)
{
    (void)p;
    AstLoc loc = {first->lineno, first->col, first->end_lineno,
                  first->end_col};
    return loc;
}

GILT_INLINE AstLoc gilt_parser_start(Parser *p)
{
    return gilt_parser_loc_from(p, gilt_parser_peek(p));
}

void gilt_parser_finish_loc(Parser *p, AstLoc *loc);
AstLoc gilt_parser_span(AstLoc a, AstLoc b); // a's start, b's end

void *gilt_parser_alloc(Parser *p, size_t size); // fails on NOMEM
char *gilt_parser_ident(Parser *p, const GiltToken *t);
char *gilt_parser_ident_text(Parser *p, const char *text, size_t n);
AstExpr *gilt_parser_expr(Parser *p, AstExprKind kind, AstLoc loc);
AstStmt *gilt_parser_stmt(Parser *p, AstStmtKind kind, AstLoc loc);
AstExpr *gilt_parser_name(Parser *p, const GiltToken *t, AstContext ctx);
AstExpr *gilt_parser_tuple(Parser *p, AstExprSeq elts, AstContext ctx,
                           AstLoc loc);
AstArguments *gilt_parser_empty_arguments(Parser *p);

// A growing list of pointers; items live in the arena when finished.
typedef struct Vec {
    void **items;
    int n, cap;
    void *local[8];
} Vec;
void gilt_parser_vec_init(Vec *v);
bool gilt_parser_vec_push(Parser *p, Vec *v, void *item);
// The items as an arena array (NULL for none); false on NOMEM.
bool gilt_parser_vec_finish(Parser *p, Vec *v, void ***out, int *n);
#define VEC_SEQ(p, v, seq)                                                     \
    gilt_parser_vec_finish((p), (v), (void ***)&(seq).items, &(seq).n)

// Speculation: try a parse and rewind on failure.
typedef struct ParserMark {
    int pos;
    bool failed;
} ParserMark;
ParserMark gilt_parser_spec_begin(Parser *p);
// Ends speculation; on failure rewinds and returns false (unless the
// lexer failed, which stays an error).
bool gilt_parser_spec_end(Parser *p, ParserMark m, bool ok);
void gilt_parser_rewind(Parser *p, int pos);
// Diagnosis: like speculation, and see Parser.diag.
ParserMark gilt_parser_diag_begin(Parser *p);
bool gilt_parser_diag_end(Parser *p, ParserMark m, bool ok);

// ---- parser_error.c: raising errors ----------------------------------------

// CPython's RAISE_SYNTAX_ERROR: located at the last token fetched.
void *gilt_parser_error(Parser *p, const char *fmt, ...) GILT_PRINTF(2, 3);
void *gilt_parser_error_kind(Parser *p, AstErrorKind kind, const char *fmt,
                             ...) GILT_PRINTF(3, 4);
// RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token or node; KNOWN_RANGE from
// one to another; STARTING_FROM a location to where the lexer stands.
void *gilt_parser_error_at(Parser *p, const GiltToken *t, const char *fmt,
                           ...) GILT_PRINTF(3, 4);
void *gilt_parser_error_loc(Parser *p, AstErrorKind kind, AstLoc loc,
                            const char *fmt, ...) GILT_PRINTF(4, 5);
void *gilt_parser_error_from(Parser *p, AstLoc loc, const char *fmt, ...)
    GILT_PRINTF(3, 4);
AstLoc gilt_parser_tok_loc(const GiltToken *t);
// Fail without a specific error (see above).
void *gilt_parser_fail(Parser *p);
void *gilt_parser_nomem(Parser *p);
// Fill err->text with the line of err->lineno.
void gilt_parser_error_text(Parser *p);
// Keep an error for after a successful parse (see Parser.late).
void gilt_parser_late_error(Parser *p, AstLoc loc, const char *msg);
// Called when the whole parse failed: a later tokenizer error takes
// precedence over a parser error, as in CPython.
void gilt_parser_finish_error(Parser *p);

// CPython's _PyPegen_get_expr_name ("function call", "literal", ...).
const char *gilt_parser_expr_name(const AstExpr *e);
typedef enum { TARGET_STAR, TARGET_FOR, TARGET_DEL } TargetKind;
// The first sub-expression that cannot be a target, or NULL.
const AstExpr *gilt_parser_invalid_target(const AstExpr *e, TargetKind k);
// "cannot assign to %s" / "cannot delete %s" at the invalid part of [e];
// plain failure when [e] is a valid target.
void *gilt_parser_invalid_target_error(Parser *p, const AstExpr *e,
                                       TargetKind k);

// ---- parser_expr.c: expressions --------------------------------------------

AstExpr *gilt_parser_expression(Parser *p);
AstExpr *gilt_parser_named_expression(Parser *p);
// The end of named_expression for [e], parsed from token [start] as an
// expression: reports "x = 1" and "a.b := 1" where it was expected.
AstExpr *gilt_parser_named_tail(Parser *p, int start, AstExpr *e);
AstExpr *gilt_parser_star_expressions(Parser *p);
AstExpr *gilt_parser_star_named_expression(Parser *p);
AstExpr *gilt_parser_star_expression(Parser *p);
AstExpr *gilt_parser_disjunction(Parser *p);
AstExpr *gilt_parser_bitwise_or(Parser *p);
AstExpr *gilt_parser_primary(Parser *p);
AstExpr *gilt_parser_yield_expr(Parser *p);
AstExpr *gilt_parser_expressions(Parser *p);
AstExpr *gilt_parser_slices(Parser *p);
bool gilt_parser_comprehension_follows(Parser *p);
bool gilt_parser_for_if_clauses(Parser *p, AstComprehensionSeq *out);
bool gilt_parser_starts_expression(const GiltToken *t);
// While diagnosing (diag or peg), a failed part of an expression ends it
// there, as in a PEG parse ("a == |" is the expression "a"): rewinds to
// [pos] and returns true.
bool gilt_parser_backtrack(Parser *p, int pos);
// Count one level of nesting; false (with an error) past PARSER_MAX_DEPTH.
bool gilt_parser_depth_enter(Parser *p);
// Parse [rule] as a diagnosis (see Parser.diag); rewinds on failure.
bool gilt_parser_try(Parser *p, AstExpr *(*rule)(Parser *), AstExpr **out);
// '*' [rule]: a Starred in Load context.
AstExpr *gilt_parser_starred(Parser *p, AstExpr *(*rule)(Parser *));

// ---- parser_atom.c: primaries and atoms -----------------------------------------

AstExpr *gilt_parser_atom(Parser *p);
// invalid_for_target: the target after 'for' (token [at]) is not one.
void *gilt_parser_invalid_for_target(Parser *p, int at);

// ---- parser_args.c: calls and parameters -------------------------------------

// After '(' of a call: the arguments and ')'. [call] gets args/keywords
// and its location end. [lpar] is the '(' (NULL for class bases, which
// cannot be a lone generator expression).
bool gilt_parser_call_args(Parser *p, AstExpr *call, const GiltToken *lpar);
AstArguments *gilt_parser_params(Parser *p, bool lambda);

// ---- parser_target.c: assignment targets ---------------------------------------

AstExpr *gilt_parser_star_targets(Parser *p);
AstExpr *gilt_parser_star_target(Parser *p);
// Turn an expression parsed as a load into a target in place; false if it
// cannot be one.
bool gilt_parser_set_context(AstExpr *e, AstContext ctx);
// The compiler's checks on a Store target (starred targets).
void gilt_parser_check_target(Parser *p, const AstExpr *e);

// ---- parser_stmt.c, parser_compound.c: statements ---------------------------

bool gilt_parser_statements(Parser *p, Vec *out); // up to DEDENT/ENDMARKER
bool gilt_parser_statement(Parser *p, Vec *out);
bool gilt_parser_simple_stmts(Parser *p, Vec *out);
AstStmt *gilt_parser_compound_stmt(Parser *p);
// A statement starting at token [start] failed: if it starts with
// `match`, report what CPython's error pass finds in the subject.
void gilt_parser_match_diagnosis(Parser *p, int start);
bool gilt_parser_block(Parser *p, AstStmtSeq *out, const GiltToken *kw,
                       const char *what);

// ---- parser_string.c, parser_fstring.c: literals -------------------------------

AstExpr *gilt_parser_number(Parser *p, const GiltToken *t);
AstExpr *gilt_parser_strings(Parser *p); // one or more STRING tokens
// The pieces of concatenated literals: f-strings are expanded into these.
typedef struct FString {
    Vec parts;        // Constant and FormattedValue nodes
    char *last;       // literal text not yet turned into a Constant
    size_t last_len, last_cap;
    bool fmode;       // an f-string took part
} FString;
bool gilt_parser_fstring_concat(Parser *p, FString *fs, const char **s,
                                const char *end, bool raw, int recurse,
                                const GiltToken *first, const GiltToken *t,
                                const GiltToken *last);
AstExpr *gilt_parser_fstring_finish(Parser *p, FString *fs,
                                    const GiltToken *first,
                                    const GiltToken *last);
bool gilt_parser_fstring_append(Parser *p, FString *fs, const char *s,
                                size_t n);
// Decode the body of a str literal; NULL after raising an error.
char *gilt_parser_decode_str(Parser *p, const char *s, size_t n, bool raw,
                             size_t *out_len);

// ---- ast.c ----------------------------------------------------------------

// gilt_ast_dump, with the locations when [include_attributes].
char *gilt_ast_dump_ex(const AstMod *mod, bool include_attributes);

#endif
