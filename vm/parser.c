/* parser.c - gilt_parse(): tokens, node construction and the start rules.
 *
 * See parser.h for the design. This file holds the token buffer (fetched
 * lazily, never moved, rewindable), location bookkeeping, node and
 * sequence constructors, and the three start rules (file, interactive
 * statement, eval). Statements, expressions, literals and errors live in
 * the other parser_*.c files.
 */
#include <stdlib.h>
#include <string.h>

#include "parser.h"

// ---- tokens -------------------------------------------------------------------

void gilt_parser_init(Parser *p, GiltArena *arena, AstError *err,
                      AstMode mode, const char *text, size_t len, int lineno)
{
    memset(p, 0, sizeof *p);
    p->arena = arena;
    p->err = err;
    p->mode = mode;
    gilt_lexer_init(&p->lx, text, len, lineno);
    p->errtok.kind = TOK__COUNT;
    p->errtok.nopos = true;
}

void gilt_parser_fini(Parser *p)
{
    for (int i = 0; i < p->nblocks; i++)
        free(p->blocks[i]);
    free(p->blocks);
    p->blocks = NULL;
    p->nblocks = 0;
}

static void lexer_failed(Parser *p)
{
    // A tokenizer error replaces a parser error found before (CPython
    // raises it as soon as the token is read, in either pass).
    if (!p->lex_error) {
        *p->err = p->lx.err;
        p->err->incomplete = p->lx.incomplete;
        gilt_parser_error_text(p);
    }
    p->failed = p->err_set = p->lex_error = true;
}

// Read one more token into the buffer; false after a lexer error.
static bool fetch(Parser *p)
{
    if (p->lx.status != GILT_LEX_OK)
        return false;
    int b = p->ntok / PARSER_TOKEN_BLOCK;
    if (b == p->nblocks) {
        GiltToken **blocks = realloc(p->blocks, sizeof *blocks * (size_t)(b + 1));
        GiltToken *block = malloc(sizeof *block * PARSER_TOKEN_BLOCK);
        if (blocks)
            p->blocks = blocks;
        if (!blocks || !block) {
            free(block);
            gilt_parser_nomem(p);
            return false;
        }
        p->blocks[p->nblocks++] = block;
    }
    GiltToken *t = &p->blocks[b][p->ntok % PARSER_TOKEN_BLOCK];
    if (!gilt_lexer_next(&p->lx, t)) {
        lexer_failed(p);
        return false;
    }
    // CPython's interactive mode ends a statement at the end of input with
    // an extra NEWLINE (and the DEDENTs still due).
    if (p->mode == AST_MODE_SINGLE && t->kind == TOK_ENDMARKER &&
        p->single_started) {
        t->kind = TOK_NEWLINE;
        p->single_started = false;
        p->lx.pendin = -p->lx.indent;
        p->lx.indent = 0;
    } else {
        p->single_started = true;
    }
    p->ntok++;
    return true;
}

GiltToken *gilt_parser_token_slow(Parser *p, int i)
{
    while (i >= p->ntok) {
        if (!fetch(p))
            return &p->errtok;
    }
    return &p->blocks[i / PARSER_TOKEN_BLOCK][i % PARSER_TOKEN_BLOCK];
}

GiltToken *gilt_parser_peek_diag(Parser *p)
{
    p->diag++;
    GiltToken *t = gilt_parser_peek(p);
    p->diag--;
    return t;
}

GiltToken *gilt_parser_peek2(Parser *p)
{
    return gilt_parser_token(p, p->pos + 1);
}

GiltToken *gilt_parser_next(Parser *p)
{
    GiltToken *t = gilt_parser_token(p, p->pos);
    if (t != &p->errtok)
        p->pos++;
    return t;
}

GiltToken *gilt_parser_expect(Parser *p, GiltTokenKind kind)
{
    GiltToken *t = gilt_parser_accept(p, kind);
    return t ? t : gilt_parser_fail(p);
}

bool gilt_parser_tok_is(const GiltToken *t, const char *text)
{
    return t->kind == TOK_NAME && t->len == strlen(text) &&
           memcmp(t->start, text, t->len) == 0;
}

void gilt_parser_rewind(Parser *p, int pos)
{
    p->pos = pos;
}

ParserMark gilt_parser_spec_begin(Parser *p)
{
    ParserMark m = {p->pos, p->failed};
    p->failed = false;
    p->spec++;
    return m;
}

bool gilt_parser_spec_end(Parser *p, ParserMark m, bool ok)
{
    p->spec--;
    if (p->lex_error) {
        p->failed = true;
        return false;
    }
    p->failed = m.failed;
    if (!ok)
        p->pos = m.pos;
    return ok;
}

ParserMark gilt_parser_diag_begin(Parser *p)
{
    p->diag++;
    return gilt_parser_spec_begin(p);
}

bool gilt_parser_diag_end(Parser *p, ParserMark m, bool ok)
{
    p->diag--;
    return gilt_parser_spec_end(p, m, ok);
}

// ---- locations ------------------------------------------------------------------

void gilt_parser_finish_loc(Parser *p, AstLoc *loc)
{
    for (int i = p->pos - 1; i >= 0; i--) {
        const GiltToken *t = gilt_parser_token(p, i);
        if (t->kind == TOK_NEWLINE || t->kind == TOK_INDENT ||
            t->kind == TOK_DEDENT || t->kind == TOK_ENDMARKER)
            continue;
        loc->end_lineno = t->end_lineno;
        loc->end_col_offset = t->end_col;
        return;
    }
}

AstLoc gilt_parser_span(AstLoc a, AstLoc b)
{
    a.end_lineno = b.end_lineno;
    a.end_col_offset = b.end_col_offset;
    return a;
}

// ---- nodes ------------------------------------------------------------------------

void *gilt_parser_alloc(Parser *p, size_t size)
{
    void *m = gilt_arena_alloc(p->arena, size);
    return m ? m : gilt_parser_nomem(p);
}

char *gilt_parser_ident_text(Parser *p, const char *text, size_t n)
{
    bool ascii = true;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = (unsigned char)text[i] < 0x80;
    if (ascii) {
        char *s = gilt_arena_strndup(p->arena, text, n);
        return s ? s : gilt_parser_nomem(p);
    }
    // CPython NFKC-normalises non-ASCII identifiers.
    char *s = gilt_parser_alloc(p, 3 * n + 1);
    if (s)
        s[gilt_lexer_unicode_nfkc(text, n, s)] = '\0';
    return s;
}

char *gilt_parser_ident(Parser *p, const GiltToken *t)
{
    return gilt_parser_ident_text(p, t->start, t->len);
}

AstExpr *gilt_parser_expr(Parser *p, AstExprKind kind, AstLoc loc)
{
    AstExpr *e = gilt_parser_alloc(p, sizeof *e);
    if (e) {
        e->kind = kind;
        e->loc = loc;
    }
    return e;
}

AstStmt *gilt_parser_stmt(Parser *p, AstStmtKind kind, AstLoc loc)
{
    AstStmt *s = gilt_parser_alloc(p, sizeof *s);
    if (s) {
        s->kind = kind;
        s->loc = loc;
    }
    return s;
}

AstExpr *gilt_parser_name(Parser *p, const GiltToken *t, AstContext ctx)
{
    AstExpr *e = gilt_parser_expr(p, AST_NAME, gilt_parser_loc_from(p, t));
    if (e && !(e->v.name.id = gilt_parser_ident(p, t)))
        return NULL;
    if (e)
        e->v.name.ctx = ctx;
    return e;
}

AstExpr *gilt_parser_tuple(Parser *p, AstExprSeq elts, AstContext ctx,
                           AstLoc loc)
{
    AstExpr *e = gilt_parser_expr(p, AST_TUPLE, loc);
    if (e) {
        e->v.seq.elts = elts;
        e->v.seq.ctx = ctx;
    }
    return e;
}

AstArguments *gilt_parser_empty_arguments(Parser *p)
{
    return gilt_parser_alloc(p, sizeof(AstArguments));
}

// ---- sequences ------------------------------------------------------------------------

void gilt_parser_vec_init(Vec *v)
{
    v->items = v->local;
    v->n = 0;
    v->cap = (int)(sizeof v->local / sizeof v->local[0]);
}

bool gilt_parser_vec_push(Parser *p, Vec *v, void *item)
{
    if (GILT_UNLIKELY(v->n == v->cap)) {
        void **items = gilt_parser_alloc(p, sizeof *items * (size_t)v->cap * 2);
        if (!items)
            return false;
        memcpy(items, v->items, sizeof *items * (size_t)v->n);
        v->items = items;
        v->cap *= 2;
    }
    v->items[v->n++] = item;
    return true;
}

bool gilt_parser_vec_finish(Parser *p, Vec *v, void ***out, int *n)
{
    *n = v->n;
    *out = NULL;
    if (!v->n)
        return true;
    if (v->items != v->local) {
        *out = v->items;
        return true;
    }
    void **items = gilt_parser_alloc(p, sizeof *items * (size_t)v->n);
    if (!items)
        return false;
    memcpy(items, v->items, sizeof *items * (size_t)v->n);
    *out = items;
    return true;
}

// ---- start rules ------------------------------------------------------------------

// file: [statements] ENDMARKER
static AstMod *file_rule(Parser *p, AstMod *mod)
{
    Vec body;
    gilt_parser_vec_init(&body);
    while (!gilt_parser_check(p, TOK_ENDMARKER)) {
        if (p->failed || !gilt_parser_statement(p, &body))
            return NULL;
    }
    return VEC_SEQ(p, &body, mod->body) ? mod : NULL;
}

// CPython's bad_single_statement(): after one interactive statement only
// blank lines and comments may follow.
static bool single_trailing_ok(Parser *p)
{
    const char *s = p->lx.cur;
    for (;;) {
        while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f')
            s++;
        if (!*s)
            return true;
        if (*s != '#')
            return false;
        while (*s && *s != '\n')
            s++;
    }
}

// interactive: compound_stmt NEWLINE | simple_stmts | NEWLINE
static AstMod *single_rule(Parser *p, AstMod *mod)
{
    Vec body;
    gilt_parser_vec_init(&body);
    GiltToken *t = gilt_parser_peek(p);
    if (t->kind == TOK_ENDMARKER) {
        // CPython: "invalid syntax" at column 0 of the last line.
        gilt_parser_error_at(p, t, "invalid syntax");
        return NULL;
    }
    if (t->kind == TOK_NEWLINE) {
        p->pos++;
        AstStmt *s = gilt_parser_stmt(p, AST_PASS, gilt_parser_loc_from(p, t));
        if (!s || !gilt_parser_vec_push(p, &body, s))
            return NULL;
    } else {
        AstStmt *s = gilt_parser_compound_stmt(p);
        if (p->failed)
            return NULL;
        if (s) {
            if (!gilt_parser_vec_push(p, &body, s) ||
                !gilt_parser_expect(p, TOK_NEWLINE))
                return NULL;
        } else if (!gilt_parser_simple_stmts(p, &body)) {
            return NULL;
        }
    }
    if (!single_trailing_ok(p))
        return gilt_parser_error(p, "multiple statements found while "
                                    "compiling a single statement");
    return VEC_SEQ(p, &body, mod->body) ? mod : NULL;
}

// eval: expressions NEWLINE* ENDMARKER
static AstMod *eval_rule(Parser *p, AstMod *mod)
{
    mod->expr = gilt_parser_expressions(p);
    if (!mod->expr)
        return NULL;
    while (gilt_parser_accept(p, TOK_NEWLINE))
        ;
    return gilt_parser_expect(p, TOK_ENDMARKER) ? mod : NULL;
}

AstMod *gilt_parse(GiltArena *arena, const char *source, size_t size,
                   const char *filename, AstMode mode, AstError *err)
{
    (void)filename;
    memset(err, 0, sizeof *err);
    size_t len;
    char *text = gilt_lexer_prepare(arena, source, size,
                                    mode == AST_MODE_FILE, &len, err);
    if (!text)
        return NULL;
    Parser p;
    gilt_parser_init(&p, arena, err, mode, text, len, 1);
    AstMod *mod = gilt_parser_alloc(&p, sizeof *mod);
    if (mod) {
        mod->mode = mode;
        mod = mode == AST_MODE_FILE     ? file_rule(&p, mod)
              : mode == AST_MODE_SINGLE ? single_rule(&p, mod)
                                        : eval_rule(&p, mod);
    }
    if (!mod || p.failed || p.err_set) {
        mod = NULL;
        gilt_parser_finish_error(&p);
    } else if (p.late_set) {
        mod = NULL;
        *err = p.late;
    }
    gilt_parser_fini(&p);
    return mod;
}
