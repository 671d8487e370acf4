/* symtable.c - Scope analysis (see symtable.h).
 *
 * SyntaxErrors found here use CPython's messages ("no binding for
 * nonlocal 'x' found", "name 'x' is used prior to global declaration",
 * "'yield' outside function", ...). An error stops the walk: visitors
 * return false and the first error wins.
 */
#include "symtable.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FAIL(loc, ...) (report(st, loc, __VA_ARGS__), false)

static void report(SymTable *st, AstLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void report(SymTable *st, AstLoc loc, const char *fmt, ...) {
    AstError *e = st->err;
    if (e->msg[0])
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->kind = AST_ERR_SYNTAX;
    e->lineno = loc.lineno;
    e->offset = loc.col_offset + 1;
    e->end_lineno = loc.end_lineno;
    e->end_offset = loc.end_col_offset + 1;
    e->text = NULL;
    e->incomplete = false;
}

static bool nomem(SymTable *st) {
    if (!st->err->msg[0]) {
        st->err->kind = AST_ERR_NOMEM;
        snprintf(st->err->msg, sizeof st->err->msg, "out of memory");
    }
    return false;
}

// ---- small helpers ------------------------------------------------------------------

static unsigned hash_str(const char *s) {
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static bool grow(SymTable *st, void **arr, int *cap, int need, size_t size) {
    if (need <= *cap)
        return true;
    int ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    void *n = gilt_arena_alloc(st->arena, (size_t)ncap * size);
    if (!n)
        return nomem(st);
    if (*arr)
        memcpy(n, *arr, (size_t)*cap * size);
    *arr = n;
    *cap = ncap;
    return true;
}

Symbol *gilt_scope_find(Scope *s, const char *name) {
    if (!s->table_cap)
        return NULL;
    unsigned mask = (unsigned)s->table_cap - 1;
    for (unsigned i = hash_str(name) & mask;; i = (i + 1) & mask) {
        int ix = s->table[i];
        if (ix < 0)
            return NULL;
        if (!strcmp(s->syms[ix].name, name))
            return &s->syms[ix];
    }
}

static bool rehash(SymTable *st, Scope *s) {
    int cap = s->table_cap ? s->table_cap * 2 : 16;
    int *t = gilt_arena_alloc(st->arena, (size_t)cap * sizeof(int));
    if (!t)
        return nomem(st);
    memset(t, 0xFF, (size_t)cap * sizeof(int));
    for (int k = 0; k < s->nsyms; k++) {
        unsigned i = hash_str(s->syms[k].name) & (unsigned)(cap - 1);
        while (t[i] >= 0)
            i = (i + 1) & (unsigned)(cap - 1);
        t[i] = k;
    }
    s->table = t;
    s->table_cap = cap;
    return true;
}

static Symbol *add_symbol(SymTable *st, Scope *s, const char *name,
                          AstLoc loc) {
    Symbol *sym = gilt_scope_find(s, name);
    if (sym)
        return sym;
    if (!grow(st, (void **)&s->syms, &s->syms_cap, s->nsyms + 1,
              sizeof(Symbol)))
        return NULL;
    if ((s->nsyms + 1) * 2 > s->table_cap && !rehash(st, s))
        return NULL;
    sym = &s->syms[s->nsyms];
    memset(sym, 0, sizeof *sym);
    sym->name = name;
    sym->loc = loc;
    unsigned mask = (unsigned)s->table_cap - 1, i = hash_str(name) & mask;
    while (s->table[i] >= 0)
        i = (i + 1) & mask;
    s->table[i] = s->nsyms++;
    return sym;
}

const char *gilt_mangle(GiltArena *a, const char *private_, const char *name) {
    size_t n = strlen(name);
    if (!private_ || n < 3 || name[0] != '_' || name[1] != '_' ||
        (name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    while (*private_ == '_')
        private_++;
    if (!*private_)
        return name;
    size_t p = strlen(private_);
    char *m = gilt_arena_alloc(a, p + n + 2);
    if (!m)
        return NULL;
    m[0] = '_';
    memcpy(m + 1, private_, p);
    memcpy(m + 1 + p, name, n + 1);
    return m;
}

static bool add_def(SymTable *st, Scope *s, const char *name, int flag,
                    AstLoc loc) {
    if (!(name = gilt_mangle(st->arena, s->private_, name)))
        return nomem(st);
    Symbol *sym = add_symbol(st, s, name, loc);
    if (!sym)
        return false;
    if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM))
        return FAIL(loc, "duplicate argument '%s' in function definition", name);
    sym->flags |= flag;
    return true;
}

static bool map_put(SymTable *st, const void *key, Scope *val) {
    if ((st->map_n + 1) * 2 > st->map_cap) {
        int cap = st->map_cap ? st->map_cap * 2 : 32;
        const void **k = gilt_arena_alloc(st->arena, (size_t)cap * sizeof *k);
        Scope **v = gilt_arena_alloc(st->arena, (size_t)cap * sizeof *v);
        if (!k || !v)
            return nomem(st);
        for (int i = 0; i < st->map_cap; i++) {
            if (!st->keys[i])
                continue;
            unsigned j = (unsigned)((uintptr_t)st->keys[i] >> 3) & (unsigned)(cap - 1);
            while (k[j])
                j = (j + 1) & (unsigned)(cap - 1);
            k[j] = st->keys[i];
            v[j] = st->vals[i];
        }
        st->keys = k;
        st->vals = v;
        st->map_cap = cap;
    }
    unsigned j = (unsigned)((uintptr_t)key >> 3) & (unsigned)(st->map_cap - 1);
    while (st->keys[j])
        j = (j + 1) & (unsigned)(st->map_cap - 1);
    st->keys[j] = key;
    st->vals[j] = val;
    st->map_n++;
    return true;
}

Scope *gilt_symtable_lookup(SymTable *st, const void *node) {
    if (!st->map_cap)
        return NULL;
    unsigned mask = (unsigned)st->map_cap - 1;
    for (unsigned j = (unsigned)((uintptr_t)node >> 3) & mask; st->keys[j];
         j = (j + 1) & mask)
        if (st->keys[j] == node)
            return st->vals[j];
    return NULL;
}

int gilt_scope_index(const char **list, int n, const char *name) {
    for (int i = 0; i < n; i++)
        if (!strcmp(list[i], name))
            return i;
    return -1;
}

static char *concat3(SymTable *st, const char *a, const char *b,
                     const char *c) {
    size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
    char *s = gilt_arena_alloc(st->arena, la + lb + lc + 1);
    if (!s)
        return NULL;
    memcpy(s, a, la);
    memcpy(s + la, b, lb);
    memcpy(s + la + lb, c, lc + 1);
    return s;
}

// __qualname__ of a new scope named [name] inside [parent].
static const char *make_qualname(SymTable *st, Scope *parent,
                                 const char *name) {
    if (!parent || parent->kind == SCOPE_MODULE)
        return name;
    Symbol *sym = gilt_scope_find(parent, name);
    if (sym && (sym->flags & DEF_GLOBAL) && parent->kind != SCOPE_CLASS)
        return name;
    if (parent->kind == SCOPE_CLASS)
        return concat3(st, parent->qualname, ".", name);
    return concat3(st, parent->qualname, ".<locals>.", name);
}

static Scope *enter(SymTable *st, Scope *parent, ScopeKind kind,
                    const char *name, const void *node) {
    Scope *s = gilt_arena_alloc(st->arena, sizeof *s);
    if (!s) {
        nomem(st);
        return NULL;
    }
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = parent;
    s->private_ = parent ? parent->private_ : NULL;
    s->qualname = make_qualname(st, parent, name);
    if (!s->qualname) {
        nomem(st);
        return NULL;
    }
    if (parent) {
        s->nested = parent->nested || parent->kind == SCOPE_FUNCTION ||
                    parent->kind == SCOPE_COMPREHENSION;
        s->comp_in_class = kind == SCOPE_COMPREHENSION && parent->kind == SCOPE_CLASS;
        if (!grow(st, (void **)&parent->children, &parent->children_cap,
                  parent->nchildren + 1, sizeof(Scope *)))
            return NULL;
        parent->children[parent->nchildren++] = s;
    }
    if (!map_put(st, node, s))
        return NULL;
    return s;
}

// ---- pass 1: collect -------------------------------------------------------------------

static bool visit_expr(SymTable *st, Scope *s, AstExpr *e);
static bool visit_stmts(SymTable *st, Scope *s, AstStmtSeq *body);

static bool visit_exprs(SymTable *st, Scope *s, AstExprSeq *seq) {
    for (int i = 0; i < seq->n; i++)
        if (seq->items[i] && !visit_expr(st, s, seq->items[i]))
            return false;
    return true;
}

static bool visit_opt(SymTable *st, Scope *s, AstExpr *e) {
    return !e || visit_expr(st, s, e);
}

static bool visit_params(SymTable *st, Scope *s, AstArguments *a) {
    AstArgSeq *groups[] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (int g = 0; g < 3; g++)
        for (int i = 0; i < groups[g]->n; i++)
            if (!add_def(st, s, groups[g]->items[i]->arg, DEF_PARAM,
                         groups[g]->items[i]->loc))
                return false;
    s->posonlyargcount = a->posonlyargs.n;
    s->argcount = a->posonlyargs.n + a->args.n;
    s->kwonlyargcount = a->kwonlyargs.n;
    if (a->vararg) {
        s->varargs = true;
        if (!add_def(st, s, a->vararg->arg, DEF_PARAM, a->vararg->loc))
            return false;
    }
    if (a->kwarg) {
        s->varkeywords = true;
        if (!add_def(st, s, a->kwarg->arg, DEF_PARAM, a->kwarg->loc))
            return false;
    }
    return true;
}

// An annotation; under PEP 563 it is never evaluated, and CPython checks
// it in a block of its own where yield, await and := are errors.
static bool visit_annotation(SymTable *st, Scope *s, AstExpr *e) {
    if (!e)
        return true;
    st->in_annotation += st->future_annotations;
    bool ok = visit_expr(st, s, e);
    st->in_annotation -= st->future_annotations;
    return ok;
}

// Defaults and annotations are evaluated in the defining scope.
static bool visit_arg_exprs(SymTable *st, Scope *s, AstArguments *a,
                            AstExpr *returns) {
    if (!visit_exprs(st, s, &a->defaults) ||
        !visit_exprs(st, s, &a->kw_defaults))
        return false;
    AstArgSeq *groups[] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (int g = 0; g < 3; g++)
        for (int i = 0; i < groups[g]->n; i++)
            if (!visit_annotation(st, s, groups[g]->items[i]->annotation))
                return false;
    if ((a->vararg && !visit_annotation(st, s, a->vararg->annotation)) ||
        (a->kwarg && !visit_annotation(st, s, a->kwarg->annotation)))
        return false;
    return visit_annotation(st, s, returns);
}

static bool visit_function(SymTable *st, Scope *s, AstStmt *d, bool is_async) {
    if (!add_def(st, s, d->v.funcdef.name, DEF_LOCAL, d->loc) ||
        !visit_exprs(st, s, &d->v.funcdef.decorator_list) ||
        !visit_arg_exprs(st, s, d->v.funcdef.args, d->v.funcdef.returns))
        return false;
    Scope *f = enter(st, s, SCOPE_FUNCTION, d->v.funcdef.name, d);
    if (!f)
        return false;
    f->coroutine = is_async;
    return visit_params(st, f, d->v.funcdef.args) &&
           visit_stmts(st, f, &d->v.funcdef.body);
}

static bool visit_class(SymTable *st, Scope *s, AstStmt *d) {
    if (!add_def(st, s, d->v.classdef.name, DEF_LOCAL, d->loc) ||
        !visit_exprs(st, s, &d->v.classdef.bases) ||
        !visit_exprs(st, s, &d->v.classdef.decorator_list))
        return false;
    for (int i = 0; i < d->v.classdef.keywords.n; i++)
        if (!visit_expr(st, s, d->v.classdef.keywords.items[i]->value))
            return false;
    Scope *c = enter(st, s, SCOPE_CLASS, d->v.classdef.name, d);
    if (!c)
        return false;
    c->private_ = d->v.classdef.name;
    return visit_stmts(st, c, &d->v.classdef.body);
}

static bool declare(SymTable *st, Scope *s, AstStmt *d, bool global) {
    const char *kw = global ? "global" : "nonlocal";
    if (!global && s->kind == SCOPE_MODULE)
        return FAIL(d->loc, "nonlocal declaration not allowed at module level");
    for (int i = 0; i < d->v.names.names.n; i++) {
        const char *name = gilt_mangle(st->arena, s->private_,
                                       d->v.names.names.items[i]);
        if (!name)
            return nomem(st);
        Symbol *sym = gilt_scope_find(s, name);
        int f = sym ? sym->flags : 0;
        if (f & DEF_PARAM)
            return FAIL(d->loc, "name '%s' is parameter and %s", name, kw);
        if (global && (f & DEF_NONLOCAL))
            return FAIL(d->loc, "name '%s' is nonlocal and global", name);
        if (!global && (f & DEF_GLOBAL))
            return FAIL(d->loc, "name '%s' is nonlocal and global", name);
        if (f & DEF_USE)
            return FAIL(d->loc, "name '%s' is used prior to %s declaration",
                        name, kw);
        if (f & (DEF_LOCAL | DEF_ANNOT))
            return FAIL(d->loc, "name '%s' is assigned to before %s declaration",
                        name, kw);
        if (!add_def(st, s, name, global ? DEF_GLOBAL : DEF_NONLOCAL, d->loc))
            return false;
    }
    return true;
}

static bool visit_import(SymTable *st, Scope *s, AstStmt *d, bool from) {
    AstAliasSeq *names = from ? &d->v.importfrom.names : &d->v.import.names;
    for (int i = 0; i < names->n; i++) {
        AstAlias *a = names->items[i];
        if (!strcmp(a->name, "*")) {
            if (s->kind != SCOPE_MODULE)
                return FAIL(d->loc, "import * only allowed at module level");
            continue;
        }
        const char *bound = a->asname;
        if (!bound) {
            const char *dot = from ? NULL : strchr(a->name, '.');
            bound = dot ? gilt_arena_strndup(st->arena, a->name,
                                             (size_t)(dot - a->name))
                        : a->name;
            if (!bound)
                return nomem(st);
        }
        if (!add_def(st, s, bound, DEF_LOCAL | DEF_IMPORT, a->loc))
            return false;
    }
    return true;
}

static bool visit_annassign(SymTable *st, Scope *s, AstStmt *d) {
    AstExpr *t = d->v.annassign.target;
    if (t->kind == AST_NAME) {
        const char *m = gilt_mangle(st->arena, s->private_, t->v.name.id);
        Symbol *sym = m ? gilt_scope_find(s, m) : NULL;
        if (sym && (sym->flags & (DEF_GLOBAL | DEF_NONLOCAL)) &&
            d->v.annassign.simple)
            return FAIL(d->loc, "annotated name '%s' can't be %s", t->v.name.id,
                        (sym->flags & DEF_GLOBAL) ? "global" : "nonlocal");
        if (!add_def(st, s, t->v.name.id, DEF_LOCAL | DEF_ANNOT, t->loc))
            return false;
    } else if (!visit_expr(st, s, t)) {
        return false;
    }
    if (s->kind != SCOPE_FUNCTION && !visit_annotation(st, s, d->v.annassign.annotation))
        return false;
    return visit_opt(st, s, d->v.annassign.value);
}

static bool visit_stmt(SymTable *st, Scope *s, AstStmt *d) {
    switch (d->kind) {
    case AST_FUNCTIONDEF:
        return visit_function(st, s, d, false);
    case AST_ASYNCFUNCTIONDEF:
        return visit_function(st, s, d, true);
    case AST_CLASSDEF:
        return visit_class(st, s, d);
    case AST_RETURN:
        if (s->kind == SCOPE_MODULE || s->kind == SCOPE_CLASS)
            return FAIL(d->loc, "'return' outside function");
        if (d->v.ret.value)
            s->returns_value = true;
        return visit_opt(st, s, d->v.ret.value);
    case AST_DELETE:
        return visit_exprs(st, s, &d->v.del.targets);
    case AST_ASSIGN:
        return visit_expr(st, s, d->v.assign.value) &&
               visit_exprs(st, s, &d->v.assign.targets);
    case AST_AUGASSIGN:
        if (d->v.augassign.target->kind == AST_NAME &&
            !add_def(st, s, d->v.augassign.target->v.name.id, DEF_USE,
                     d->v.augassign.target->loc))
            return false;
        return visit_expr(st, s, d->v.augassign.target) &&
               visit_expr(st, s, d->v.augassign.value);
    case AST_ANNASSIGN:
        return visit_annassign(st, s, d);
    case AST_FOR:
    case AST_ASYNCFOR:
        if (d->kind == AST_ASYNCFOR && !s->coroutine)
            return FAIL(d->loc, "'async for' outside async function");
        return visit_expr(st, s, d->v.for_.target) &&
               visit_expr(st, s, d->v.for_.iter) &&
               visit_stmts(st, s, &d->v.for_.body) &&
               visit_stmts(st, s, &d->v.for_.orelse);
    case AST_WHILE:
    case AST_IF:
        return visit_expr(st, s, d->v.cond.test) &&
               visit_stmts(st, s, &d->v.cond.body) &&
               visit_stmts(st, s, &d->v.cond.orelse);
    case AST_WITH:
    case AST_ASYNCWITH:
        if (d->kind == AST_ASYNCWITH && !s->coroutine)
            return FAIL(d->loc, "'async with' outside async function");
        for (int i = 0; i < d->v.with.items.n; i++) {
            AstWithItem *w = d->v.with.items.items[i];
            if (!visit_expr(st, s, w->context_expr) ||
                !visit_opt(st, s, w->optional_vars))
                return false;
        }
        return visit_stmts(st, s, &d->v.with.body);
    case AST_RAISE:
        return visit_opt(st, s, d->v.raise.exc) &&
               visit_opt(st, s, d->v.raise.cause);
    case AST_TRY:
        if (!visit_stmts(st, s, &d->v.try_.body))
            return false;
        for (int i = 0; i < d->v.try_.handlers.n; i++) {
            AstExceptHandler *h = d->v.try_.handlers.items[i];
            if (!visit_opt(st, s, h->type) ||
                (h->name && !add_def(st, s, h->name, DEF_LOCAL, h->loc)) ||
                !visit_stmts(st, s, &h->body))
                return false;
        }
        return visit_stmts(st, s, &d->v.try_.orelse) &&
               visit_stmts(st, s, &d->v.try_.finalbody);
    case AST_ASSERT:
        return visit_expr(st, s, d->v.assert_.test) &&
               visit_opt(st, s, d->v.assert_.msg);
    case AST_IMPORT:
        return visit_import(st, s, d, false);
    case AST_IMPORTFROM:
        return visit_import(st, s, d, true);
    case AST_GLOBAL:
        return declare(st, s, d, true);
    case AST_NONLOCAL:
        return declare(st, s, d, false);
    case AST_EXPR:
        return visit_expr(st, s, d->v.expr.value);
    case AST_PASS:
    case AST_BREAK:
    case AST_CONTINUE:
        return true;
    }
    return true;
}

static bool visit_stmts(SymTable *st, Scope *s, AstStmtSeq *body) {
    for (int i = 0; i < body->n; i++)
        if (!visit_stmt(st, s, body->items[i]))
            return false;
    return true;
}

static const char *comp_name(AstExprKind k) {
    switch (k) {
    case AST_LISTCOMP:
        return "<listcomp>";
    case AST_SETCOMP:
        return "<setcomp>";
    case AST_DICTCOMP:
        return "<dictcomp>";
    default:
        return "<genexpr>";
    }
}

static const char *comp_kind_text(AstExprKind k) {
    switch (k) {
    case AST_LISTCOMP:
        return "list comprehension";
    case AST_SETCOMP:
        return "set comprehension";
    case AST_DICTCOMP:
        return "dict comprehension";
    default:
        return "generator expression";
    }
}

static bool visit_comp_target(SymTable *st, Scope *c, AstExpr *t) {
    if (t->kind == AST_NAME)
        return add_def(st, c, t->v.name.id, DEF_LOCAL | DEF_COMP_ITER, t->loc);
    if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
        for (int i = 0; i < t->v.seq.elts.n; i++)
            if (!visit_comp_target(st, c, t->v.seq.elts.items[i]))
                return false;
        return true;
    }
    if (t->kind == AST_STARRED)
        return visit_comp_target(st, c, t->v.starred.value);
    return visit_expr(st, c, t);
}

static bool visit_comprehension(SymTable *st, Scope *s, AstExpr *e) {
    AstComprehensionSeq *gens = e->kind == AST_DICTCOMP
                                    ? &e->v.dictcomp.generators
                                    : &e->v.comp.generators;
    // The outermost iterable is evaluated in the enclosing scope.
    if (!visit_expr(st, s, gens->items[0]->iter))
        return false;
    Scope *c = enter(st, s, SCOPE_COMPREHENSION, comp_name(e->kind), e);
    if (!c)
        return false;
    c->generator = e->kind == AST_GENERATOREXP;
    if (!add_def(st, c, ".0", DEF_PARAM, e->loc))
        return false;
    c->argcount = 1;
    for (int i = 0; i < gens->n; i++) {
        AstComprehension *g = gens->items[i];
        if (g->is_async && e->kind != AST_GENERATOREXP && !s->coroutine &&
            s->kind != SCOPE_COMPREHENSION)
            return FAIL(e->loc, "asynchronous comprehension outside of an "
                                "asynchronous function");
        if (g->is_async)
            c->coroutine = true;
        if ((i > 0 && !visit_expr(st, c, g->iter)) ||
            !visit_comp_target(st, c, g->target) ||
            !visit_exprs(st, c, &g->ifs))
            return false;
    }
    if (e->kind == AST_DICTCOMP)
        return visit_expr(st, c, e->v.dictcomp.key) &&
               visit_expr(st, c, e->v.dictcomp.value);
    return visit_expr(st, c, e->v.comp.elt);
}

// `x := v` inside comprehensions binds x in the nearest function (or the
// module), not in the comprehension.
static bool visit_walrus_target(SymTable *st, Scope *s, AstExpr *t) {
    const char *name = gilt_mangle(st->arena, s->private_, t->v.name.id);
    if (!name)
        return nomem(st);
    if (s->kind != SCOPE_COMPREHENSION)
        return add_def(st, s, name, DEF_LOCAL, t->loc);
    Scope *c = s;
    for (; c->kind == SCOPE_COMPREHENSION; c = c->parent) {
        Symbol *sym = gilt_scope_find(c, name);
        if (sym && (sym->flags & DEF_COMP_ITER))
            return FAIL(t->loc, "assignment expression cannot rebind "
                                "comprehension iteration variable '%s'",
                        name);
    }
    if (c->kind == SCOPE_CLASS)
        return FAIL(t->loc, "assignment expression within a comprehension "
                            "cannot be used in a class body");
    bool module = c->kind == SCOPE_MODULE;
    if (!add_def(st, c, name, DEF_LOCAL, t->loc))
        return false;
    for (Scope *p = s; p != c; p = p->parent)
        if (!add_def(st, p, name, module ? DEF_GLOBAL : DEF_NONLOCAL, t->loc))
            return false;
    return true;
}

static bool visit_name(SymTable *st, Scope *s, AstExpr *e) {
    const char *id = e->v.name.id;
    int flag = e->v.name.ctx == AST_LOAD ? DEF_USE : DEF_LOCAL;
    if (!add_def(st, s, id, flag, e->loc))
        return false;
    // super() and __class__ in a method need the implicit __class__ cell.
    if (e->v.name.ctx == AST_LOAD && s->kind == SCOPE_FUNCTION &&
        (!strcmp(id, "super") || !strcmp(id, "__class__")))
        return add_def(st, s, "__class__", DEF_USE, e->loc);
    return true;
}

static bool visit_yield(SymTable *st, Scope *s, AstExpr *e) {
    if (s->kind == SCOPE_MODULE || s->kind == SCOPE_CLASS)
        return FAIL(e->loc, "'yield' outside function");
    if (s->kind == SCOPE_COMPREHENSION)
        return FAIL(e->loc, "'yield' inside %s", comp_kind_text(((AstExpr *)s->node)->kind));
    s->generator = true;
    return visit_opt(st, s, e->v.unary.value);
}

static bool visit_lambda(SymTable *st, Scope *s, AstExpr *e) {
    if (!visit_arg_exprs(st, s, e->v.lambda.args, NULL))
        return false;
    Scope *f = enter(st, s, SCOPE_FUNCTION, "<lambda>", e);
    return f && visit_params(st, f, e->v.lambda.args) &&
           visit_expr(st, f, e->v.lambda.body);
}

static bool visit_expr_inner(SymTable *st, Scope *s, AstExpr *e);

#define MAX_DEPTH 1500

static bool visit_expr(SymTable *st, Scope *s, AstExpr *e) {
    if (st->depth >= MAX_DEPTH) {
        if (!st->err->msg[0]) {
            st->err->kind = AST_ERR_RECURSION;
            snprintf(st->err->msg, sizeof st->err->msg,
                     "maximum recursion depth exceeded during compilation");
        }
        return false;
    }
    st->depth++;
    bool ok = visit_expr_inner(st, s, e);
    st->depth--;
    return ok;
}

static const char *annotation_forbids(AstExprKind k) {
    switch (k) {
    case AST_YIELD:
    case AST_YIELDFROM:
        return "yield expression";
    case AST_AWAIT:
        return "await expression";
    case AST_NAMEDEXPR:
        return "named expression";
    default:
        return NULL;
    }
}

static bool visit_expr_inner(SymTable *st, Scope *s, AstExpr *e) {
    const char *what = st->in_annotation ? annotation_forbids(e->kind) : NULL;
    if (what)
        return FAIL(e->loc, "'%s' can not be used within an annotation", what);
    switch (e->kind) {
    case AST_BOOLOP:
        return visit_exprs(st, s, &e->v.boolop.values);
    case AST_NAMEDEXPR:
        return visit_expr(st, s, e->v.namedexpr.value) &&
               visit_walrus_target(st, s, e->v.namedexpr.target);
    case AST_BINOP:
        return visit_expr(st, s, e->v.binop.left) &&
               visit_expr(st, s, e->v.binop.right);
    case AST_UNARYOP:
        return visit_expr(st, s, e->v.unaryop.operand);
    case AST_LAMBDA:
        return visit_lambda(st, s, e);
    case AST_IFEXP:
        return visit_expr(st, s, e->v.ifexp.test) &&
               visit_expr(st, s, e->v.ifexp.body) &&
               visit_expr(st, s, e->v.ifexp.orelse);
    case AST_DICT:
        return visit_exprs(st, s, &e->v.dict.keys) &&
               visit_exprs(st, s, &e->v.dict.values);
    case AST_SET:
        return visit_exprs(st, s, &e->v.set.elts);
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP:
    case AST_GENERATOREXP:
        return visit_comprehension(st, s, e);
    case AST_AWAIT:
        if (s->kind == SCOPE_MODULE || s->kind == SCOPE_CLASS)
            return FAIL(e->loc, "'await' outside function");
        if (!s->coroutine) {
            if (s->kind != SCOPE_COMPREHENSION)
                return FAIL(e->loc, "'await' outside async function");
            s->coroutine = true;
        }
        return visit_expr(st, s, e->v.unary.value);
    case AST_YIELD:
    case AST_YIELDFROM:
        if (e->kind == AST_YIELDFROM && s->coroutine && s->kind == SCOPE_FUNCTION)
            return FAIL(e->loc, "'yield from' inside async function");
        return visit_yield(st, s, e);
    case AST_COMPARE:
        return visit_expr(st, s, e->v.compare.left) &&
               visit_exprs(st, s, &e->v.compare.comparators);
    case AST_CALL:
        if (!visit_expr(st, s, e->v.call.func) ||
            !visit_exprs(st, s, &e->v.call.args))
            return false;
        for (int i = 0; i < e->v.call.keywords.n; i++)
            if (!visit_expr(st, s, e->v.call.keywords.items[i]->value))
                return false;
        return true;
    case AST_FORMATTEDVALUE:
        return visit_expr(st, s, e->v.formattedvalue.value) &&
               visit_opt(st, s, e->v.formattedvalue.format_spec);
    case AST_JOINEDSTR:
        return visit_exprs(st, s, &e->v.joinedstr.values);
    case AST_CONSTANT:
        return true;
    case AST_ATTRIBUTE:
        return visit_expr(st, s, e->v.attribute.value);
    case AST_SUBSCRIPT:
        return visit_expr(st, s, e->v.subscript.value) &&
               visit_expr(st, s, e->v.subscript.slice);
    case AST_STARRED:
        return visit_expr(st, s, e->v.starred.value);
    case AST_NAME:
        return visit_name(st, s, e);
    case AST_LIST:
    case AST_TUPLE:
        return visit_exprs(st, s, &e->v.seq.elts);
    case AST_SLICE:
        return visit_opt(st, s, e->v.slice.lower) &&
               visit_opt(st, s, e->v.slice.upper) &&
               visit_opt(st, s, e->v.slice.step);
    }
    return true;
}

// ---- pass 2: resolve -------------------------------------------------------------------

// A set of names, as a small arena array (scopes rarely hold many).
typedef struct {
    const char **items;
    int n, cap;
} NameSet;

static bool set_has(NameSet *s, const char *name) {
    for (int i = 0; i < s->n; i++)
        if (!strcmp(s->items[i], name))
            return true;
    return false;
}

static bool set_add(SymTable *st, NameSet *s, const char *name) {
    if (set_has(s, name))
        return true;
    if (!grow(st, (void **)&s->items, &s->cap, s->n + 1, sizeof(char *)))
        return false;
    s->items[s->n++] = name;
    return true;
}

static bool set_copy(SymTable *st, NameSet *dst, NameSet *src) {
    dst->items = NULL;
    dst->n = dst->cap = 0;
    for (int i = 0; i < src->n; i++)
        if (!set_add(st, dst, src->items[i]))
            return false;
    return true;
}

static void set_remove(NameSet *s, const char *name) {
    for (int i = 0; i < s->n; i++)
        if (!strcmp(s->items[i], name)) {
            s->items[i] = s->items[--s->n];
            return;
        }
}

static bool resolve_name(SymTable *st, Scope *s, Symbol *sym, NameSet *bound,
                         NameSet *free, NameSet *local) {
    int f = sym->flags;
    if (f & DEF_GLOBAL) {
        sym->scope = SYM_GLOBAL_EXPLICIT;
    } else if (f & DEF_NONLOCAL) {
        if (!set_has(bound, sym->name))
            return FAIL(sym->loc, "no binding for nonlocal '%s' found", sym->name);
        sym->scope = SYM_FREE;
        return set_add(st, free, sym->name);
    } else if (f & (DEF_LOCAL | DEF_PARAM)) {
        sym->scope = SYM_LOCAL;
        return set_add(st, local, sym->name);
    } else if (set_has(bound, sym->name) && s->kind != SCOPE_MODULE) {
        sym->scope = SYM_FREE;
        return set_add(st, free, sym->name);
    } else {
        sym->scope = SYM_GLOBAL_IMPLICIT;
    }
    return true;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool resolve(SymTable *st, Scope *s, NameSet *bound, NameSet *free_out);

// Names free in children: cells here when bound here; else free here too.
static bool settle_child_free(SymTable *st, Scope *s, NameSet *child_free,
                              NameSet *free_out) {
    for (int i = 0; i < child_free->n; i++) {
        const char *name = child_free->items[i];
        Symbol *sym = gilt_scope_find(s, name);
        if (s->kind == SCOPE_CLASS && !strcmp(name, "__class__")) {
            s->needs_class_cell = true;
            continue;
        }
        if (sym && s->kind != SCOPE_CLASS &&
            (sym->scope == SYM_LOCAL || sym->scope == SYM_CELL)) {
            sym->scope = SYM_CELL;
            continue;
        }
        if (sym && sym->scope == SYM_GLOBAL_EXPLICIT)
            continue;
        if (!sym) {
            AstLoc none = {0, 0, 0, 0};
            if (!(sym = add_symbol(st, s, name, none)))
                return false;
            sym->scope = SYM_FREE;
        } else if (s->kind == SCOPE_CLASS) {
            sym->flags |= DEF_FREE_CLASS;
            if (sym->scope != SYM_LOCAL)
                sym->scope = SYM_FREE;
        } else if (sym->scope == SYM_GLOBAL_IMPLICIT) {
            sym->scope = SYM_FREE;
        }
        if (!set_add(st, free_out, name))
            return false;
    }
    return true;
}

static bool order_names(SymTable *st, Scope *s) {
    int n = s->nsyms;
    const char **vars = gilt_arena_alloc(st->arena, (size_t)(n + 1) * sizeof(char *));
    const char **cells = gilt_arena_alloc(st->arena, (size_t)(n + 2) * sizeof(char *));
    const char **frees = gilt_arena_alloc(st->arena, (size_t)(n + 1) * sizeof(char *));
    if (!vars || !cells || !frees)
        return nomem(st);
    // Parameters were added first, in order (visit_params); locals follow
    // in order of appearance. Module and class names live in a dict.
    bool fast = s->kind == SCOPE_FUNCTION || s->kind == SCOPE_COMPREHENSION;
    for (int i = 0; i < n; i++) {
        Symbol *sym = &s->syms[i];
        if (fast && (sym->flags & DEF_PARAM))
            vars[s->nvarnames++] = sym->name;
    }
    for (int i = 0; i < n; i++) {
        Symbol *sym = &s->syms[i];
        if (fast && !(sym->flags & DEF_PARAM) &&
            (sym->scope == SYM_LOCAL || sym->scope == SYM_CELL))
            vars[s->nvarnames++] = sym->name;
        if (sym->scope == SYM_CELL)
            cells[s->ncellvars++] = sym->name;
        // A class passes a name bound outside through to its methods even
        // when the class body binds the same name itself.
        if (sym->scope == SYM_FREE ||
            (s->kind == SCOPE_CLASS && (sym->flags & DEF_FREE_CLASS)))
            frees[s->nfreevars++] = sym->name;
    }
    if (s->needs_class_cell)
        cells[s->ncellvars++] = "__class__";
    qsort(cells, (size_t)s->ncellvars, sizeof(char *), cmp_str);
    qsort(frees, (size_t)s->nfreevars, sizeof(char *), cmp_str);
    s->varnames = vars;
    s->cellvars = cells;
    s->freevars = frees;
    return true;
}

static bool resolve(SymTable *st, Scope *s, NameSet *bound, NameSet *free_out) {
    NameSet local = {0}, free = {0}, child_bound, child_free = {0};
    for (int i = 0; i < s->nsyms; i++)
        if (!resolve_name(st, s, &s->syms[i], bound, &free, &local))
            return false;
    if (!set_copy(st, &child_bound, bound))
        return false;
    if (s->kind == SCOPE_FUNCTION || s->kind == SCOPE_COMPREHENSION) {
        for (int i = 0; i < local.n; i++)
            if (!set_add(st, &child_bound, local.items[i]))
                return false;
    } else if (s->kind == SCOPE_CLASS) {
        if (!set_add(st, &child_bound, "__class__"))
            return false;
    }
    for (int i = 0; i < s->nchildren; i++)
        if (!resolve(st, s->children[i], &child_bound, &child_free))
            return false;
    if (!settle_child_free(st, s, &child_free, &free))
        return false;
    if (s->kind == SCOPE_CLASS)
        set_remove(&free, "__class__");
    for (int i = 0; i < free.n; i++)
        if (!set_add(st, free_out, free.items[i]))
            return false;
    return order_names(st, s);
}

bool gilt_symtable_build(SymTable *st, GiltArena *arena, AstMod *mod,
                         const char *filename, bool future_annotations,
                         AstError *err) {
    memset(st, 0, sizeof *st);
    st->future_annotations = future_annotations;
    st->arena = arena;
    st->filename = filename;
    st->err = err;
    err->msg[0] = 0;
    Scope *top = enter(st, NULL, SCOPE_MODULE, "<module>", mod);
    if (!top)
        return false;
    st->top = top;
    bool ok = mod->mode == AST_MODE_EVAL ? visit_expr(st, top, mod->expr)
                                         : visit_stmts(st, top, &mod->body);
    NameSet bound = {0}, free = {0};
    return ok && resolve(st, top, &bound, &free);
}
