/* compile_future.c - Future statements (CPython's future.c) and the names
 * no binding may take (__debug__).
 *
 * A future statement is a `from __future__ import ...` before any other
 * statement but the docstring and other future statements. The scan runs
 * before the symbol table, so an unknown feature is reported first; the
 * compiler then rejects a later `from __future__` import (it knows the line
 * of the last one the scan accepted).
 */
#include "compile.h"

#include <string.h>

// Features that are always on in Python 3: accepted and ignored.
static const char *const mandatory[] = {
    "nested_scopes", "generators",      "division",        "absolute_import",
    "with_statement", "print_function", "unicode_literals", "generator_stop",
};

// Line and column only (CPython's PyErr_SyntaxLocationObject): no end
// column, so the caret marks one character.
static AstLoc point(AstLoc loc, int col_offset) {
    return (AstLoc){loc.lineno, col_offset, loc.lineno, -1};
}

static bool check_features(Compiler *c, AstStmt *s) {
    AstAliasSeq *names = &s->v.importfrom.names;
    for (int i = 0; i < names->n; i++) {
        const char *f = names->items[i]->name;
        bool known = false;
        for (size_t k = 0; k < sizeof mandatory / sizeof *mandatory; k++)
            known = known || !strcmp(f, mandatory[k]);
        if (known)
            continue;
        if (!strcmp(f, "annotations"))
            c->future |= GILT_FUTURE_ANNOTATIONS;
        else if (!strcmp(f, "barry_as_FLUFL"))
            c->future |= GILT_FUTURE_BARRY;
        else if (!strcmp(f, "braces"))
            return gilt_c_error(c, point(s->loc, s->loc.col_offset), "not a chance");
        else
            return gilt_c_error(c, point(s->loc, s->loc.col_offset),
                                "future feature %s is not defined", f);
    }
    return true;
}

static bool is_future_import(AstStmt *s) {
    return s->kind == AST_IMPORTFROM && s->v.importfrom.module &&
           !strcmp(s->v.importfrom.module, "__future__");
}

static bool is_docstring(AstStmt *s) {
    return s->kind == AST_EXPR && s->v.expr.value->kind == AST_CONSTANT &&
           s->v.expr.value->v.constant.kind == AST_CONST_STR;
}

bool gilt_c_future(Compiler *c, AstMod *mod) {
    if (mod->mode == AST_MODE_EVAL)
        return true;
    AstStmtSeq *body = &mod->body;
    int i = body->n && is_docstring(body->items[0]) ? 1 : 0;
    bool done = false;
    int prev_line = 0;
    for (; i < body->n; i++) {
        AstStmt *s = body->items[i];
        // A later statement on the line of the last one seen (joined by
        // `;`) is still checked here; the compiler sees the rest.
        if (done && s->loc.lineno > prev_line)
            return true;
        prev_line = s->loc.lineno;
        if (!is_future_import(s)) {
            done = true;
            continue;
        }
        // CPython gives this one a 0-based column.
        if (done)
            return gilt_c_error(c, point(s->loc, s->loc.col_offset - 1),
                                "from __future__ imports must occur at the "
                                "beginning of the file");
        if (!check_features(c, s))
            return false;
        c->future_lineno = s->loc.lineno;
    }
    return true;
}

bool gilt_c_late_future(Compiler *c, AstStmt *s) {
    if (is_future_import(s) && s->loc.lineno > c->future_lineno)
        return gilt_c_error(c, s->loc, "from __future__ imports must occur at "
                                       "the beginning of the file");
    return true;
}

bool gilt_c_forbidden(Compiler *c, const char *name, AstContext ctx) {
    if (strcmp(name, "__debug__"))
        return true;
    Unit *u = c->u;
    AstLoc loc = {u->loc.line, u->loc.col, u->loc.end_line, u->loc.end_col};
    if (ctx == AST_DEL)
        return gilt_c_error(c, loc, "cannot delete __debug__");
    return gilt_c_error(c, loc, "cannot assign to __debug__");
}

bool gilt_c_forbidden_args(Compiler *c, AstArguments *a) {
    AstArgSeq *groups[] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (int g = 0; g < 3; g++)
        for (int i = 0; i < groups[g]->n; i++)
            if (!gilt_c_forbidden(c, groups[g]->items[i]->arg, AST_STORE))
                return false;
    return (!a->vararg || gilt_c_forbidden(c, a->vararg->arg, AST_STORE)) &&
           (!a->kwarg || gilt_c_forbidden(c, a->kwarg->arg, AST_STORE));
}
