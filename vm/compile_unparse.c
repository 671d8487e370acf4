/* compile_unparse.c - Expressions back to source text (CPython's
 * Python/ast_unparse.c), for the string annotations of PEP 563
 * (`from __future__ import annotations`), and the compiling of an
 * annotation either way.
 *
 * The text is CPython's exactly, since programs print __annotations__:
 * the same spacing, and parentheses only where a precedence level needs
 * them (the PR_* levels below).
 */
#include <string.h>

#include "../runtime/str.h"
#include "compile.h"

enum {
    PR_TUPLE,
    PR_TEST, // if-else, lambda
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_EXPR,
    PR_BOR = PR_EXPR,
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR,
    PR_POWER,
    PR_AWAIT,
    PR_ATOM,
};

typedef struct Unparser {
    Compiler *c;
    GiltStrBuf *b;
    bool ok;
} Unparser;

static void expr(Unparser *u, AstExpr *e, int level);

static void put(Unparser *u, const char *s) {
    u->ok = u->ok && gilt_strbuf_append_cstr(u->c->ts, u->b, s);
}

static void put_if(Unparser *u, bool cond, const char *s) {
    if (cond)
        put(u, s);
}

static void put_repr(Unparser *u, Value v) {
    u->ok = u->ok && v && gilt_strbuf_append_repr(u->c->ts, u->b, v);
}

static void constant(Unparser *u, AstConstant *k) {
    if (k->kind == AST_CONST_ELLIPSIS) {
        put(u, "...");
        return;
    }
    put_if(u, k->u_prefix, "u");
    Value v = gilt_c_constant_value(u->c, k);
    if (!v) {
        u->ok = false;
        return;
    }
    if (k->kind != AST_CONST_FLOAT && k->kind != AST_CONST_COMPLEX) {
        put_repr(u, v);
        return;
    }
    // An infinite literal (1e999) is written back as 1e309.
    GiltStrBuf tmp;
    gilt_strbuf_init(&tmp);
    if (!gilt_strbuf_append_repr(u->c->ts, &tmp, v)) {
        gilt_strbuf_free(u->c->ts, &tmp);
        u->ok = false;
        return;
    }
    size_t start = 0;
    for (size_t i = 0; i + 3 <= tmp.size; i++)
        if (!memcmp(tmp.data + i, "inf", 3)) {
            u->ok = u->ok && gilt_strbuf_append(u->c->ts, u->b, tmp.data + start,
                                                i - start);
            put(u, "1e309");
            start = i + 3;
        }
    u->ok = u->ok && gilt_strbuf_append(u->c->ts, u->b, tmp.data + start,
                                        tmp.size - start);
    gilt_strbuf_free(u->c->ts, &tmp);
}

static void seq(Unparser *u, AstExprSeq *s, int level) {
    for (int i = 0; i < s->n; i++) {
        put_if(u, i > 0, ", ");
        expr(u, s->items[i], level);
    }
}

static void boolop(Unparser *u, AstExpr *e, int level) {
    int pr = e->v.boolop.op == AST_AND ? PR_AND : PR_OR;
    const char *op = e->v.boolop.op == AST_AND ? " and " : " or ";
    put_if(u, level > pr, "(");
    for (int i = 0; i < e->v.boolop.values.n; i++) {
        put_if(u, i > 0, op);
        expr(u, e->v.boolop.values.items[i], pr + 1);
    }
    put_if(u, level > pr, ")");
}

static void binop(Unparser *u, AstExpr *e, int level) {
    static const struct {
        const char *op;
        int pr;
    } ops[] = {
        [AST_ADD] = {" + ", PR_ARITH},    [AST_SUB] = {" - ", PR_ARITH},
        [AST_MULT] = {" * ", PR_TERM},    [AST_MATMULT] = {" @ ", PR_TERM},
        [AST_DIV] = {" / ", PR_TERM},     [AST_FLOORDIV] = {" // ", PR_TERM},
        [AST_MOD] = {" % ", PR_TERM},     [AST_POW] = {" ** ", PR_POWER},
        [AST_LSHIFT] = {" << ", PR_SHIFT}, [AST_RSHIFT] = {" >> ", PR_SHIFT},
        [AST_BITAND] = {" & ", PR_BAND},  [AST_BITOR] = {" | ", PR_BOR},
        [AST_BITXOR] = {" ^ ", PR_BXOR},
    };
    int pr = ops[e->v.binop.op].pr;
    bool rassoc = e->v.binop.op == AST_POW;
    put_if(u, level > pr, "(");
    expr(u, e->v.binop.left, pr + rassoc);
    put(u, ops[e->v.binop.op].op);
    expr(u, e->v.binop.right, pr + !rassoc);
    put_if(u, level > pr, ")");
}

static void unaryop(Unparser *u, AstExpr *e, int level) {
    static const char *const ops[] = {"~", "not ", "+", "-"};
    int pr = e->v.unaryop.op == AST_NOT ? PR_NOT : PR_FACTOR;
    put_if(u, level > pr, "(");
    put(u, ops[e->v.unaryop.op]);
    expr(u, e->v.unaryop.operand, pr);
    put_if(u, level > pr, ")");
}

static void arg(Unparser *u, AstArg *a) {
    put(u, a->arg);
    if (a->annotation) {
        put(u, ": ");
        expr(u, a->annotation, PR_TEST);
    }
}

static void arguments(Unparser *u, AstArguments *a) {
    bool first = true;
    int nposonly = a->posonlyargs.n, nargs = a->args.n, ndef = a->defaults.n;
    for (int i = 0; i < nposonly + nargs; i++) {
        put_if(u, !first, ", ");
        first = false;
        arg(u, i < nposonly ? a->posonlyargs.items[i] : a->args.items[i - nposonly]);
        int di = i - nposonly - nargs + ndef;
        if (di >= 0) {
            put(u, "=");
            expr(u, a->defaults.items[di], PR_TEST);
        }
        put_if(u, nposonly && i + 1 == nposonly, ", /");
    }
    if (a->vararg || a->kwonlyargs.n) {
        put_if(u, !first, ", ");
        first = false;
        put(u, "*");
        if (a->vararg)
            arg(u, a->vararg);
    }
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        put_if(u, !first, ", ");
        first = false;
        arg(u, a->kwonlyargs.items[i]);
        AstExpr *d = i < a->kw_defaults.n ? a->kw_defaults.items[i] : NULL;
        if (d) {
            put(u, "=");
            expr(u, d, PR_TEST);
        }
    }
    if (a->kwarg) {
        put_if(u, !first, ", ");
        put(u, "**");
        arg(u, a->kwarg);
    }
}

static void lambda(Unparser *u, AstExpr *e, int level) {
    AstArguments *a = e->v.lambda.args;
    put_if(u, level > PR_TEST, "(");
    // CPython 3.11 writes "lambda*a: ..." when there is no positional
    // parameter; so do we.
    put(u, a->args.n + a->posonlyargs.n ? "lambda " : "lambda");
    arguments(u, a);
    put(u, ": ");
    expr(u, e->v.lambda.body, PR_TEST);
    put_if(u, level > PR_TEST, ")");
}

static void ifexp(Unparser *u, AstExpr *e, int level) {
    put_if(u, level > PR_TEST, "(");
    expr(u, e->v.ifexp.body, PR_TEST + 1);
    put(u, " if ");
    expr(u, e->v.ifexp.test, PR_TEST + 1);
    put(u, " else ");
    expr(u, e->v.ifexp.orelse, PR_TEST);
    put_if(u, level > PR_TEST, ")");
}

static void dict(Unparser *u, AstExpr *e) {
    put(u, "{");
    for (int i = 0; i < e->v.dict.values.n; i++) {
        put_if(u, i > 0, ", ");
        AstExpr *k = e->v.dict.keys.items[i];
        if (k) {
            expr(u, k, PR_TEST);
            put(u, ": ");
            expr(u, e->v.dict.values.items[i], PR_TEST);
        } else {
            put(u, "**");
            expr(u, e->v.dict.values.items[i], PR_EXPR);
        }
    }
    put(u, "}");
}

static void generators(Unparser *u, AstComprehensionSeq *gens) {
    for (int i = 0; i < gens->n; i++) {
        AstComprehension *g = gens->items[i];
        put(u, g->is_async ? " async for " : " for ");
        expr(u, g->target, PR_TUPLE);
        put(u, " in ");
        expr(u, g->iter, PR_TEST + 1);
        for (int j = 0; j < g->ifs.n; j++) {
            put(u, " if ");
            expr(u, g->ifs.items[j], PR_TEST + 1);
        }
    }
}

static void comprehension(Unparser *u, AstExpr *e, const char *open,
                          const char *close) {
    put(u, open);
    if (e->kind == AST_DICTCOMP) {
        expr(u, e->v.dictcomp.key, PR_TEST);
        put(u, ": ");
        expr(u, e->v.dictcomp.value, PR_TEST);
        generators(u, &e->v.dictcomp.generators);
    } else {
        expr(u, e->v.comp.elt, PR_TEST);
        generators(u, &e->v.comp.generators);
    }
    put(u, close);
}

static void compare(Unparser *u, AstExpr *e, int level) {
    static const char *const ops[] = {
        [AST_LT] = " < ",     [AST_LTE] = " <= ",       [AST_EQ] = " == ",
        [AST_NOTEQ] = " != ", [AST_GT] = " > ",         [AST_GTE] = " >= ",
        [AST_IS] = " is ",    [AST_ISNOT] = " is not ", [AST_IN] = " in ",
        [AST_NOTIN] = " not in ",
    };
    put_if(u, level > PR_CMP, "(");
    expr(u, e->v.compare.left, PR_CMP + 1);
    for (int i = 0; i < e->v.compare.comparators.n; i++) {
        put(u, ops[e->v.compare.ops.items[i]]);
        expr(u, e->v.compare.comparators.items[i], PR_CMP + 1);
    }
    put_if(u, level > PR_CMP, ")");
}

static void call(Unparser *u, AstExpr *e) {
    AstExprSeq *args = &e->v.call.args;
    AstKeywordSeq *kws = &e->v.call.keywords;
    expr(u, e->v.call.func, PR_ATOM);
    // f(x for x in y): the generator's parentheses are the call's.
    if (args->n == 1 && kws->n == 0 && args->items[0]->kind == AST_GENERATOREXP) {
        comprehension(u, args->items[0], "(", ")");
        return;
    }
    put(u, "(");
    seq(u, args, PR_TEST);
    for (int i = 0; i < kws->n; i++) {
        put_if(u, i > 0 || args->n, ", ");
        if (kws->items[i]->arg) {
            put(u, kws->items[i]->arg);
            put(u, "=");
        } else {
            put(u, "**");
        }
        expr(u, kws->items[i]->value, PR_TEST);
    }
    put(u, ")");
}

static void fstring_element(Unparser *u, AstExpr *e, bool spec);

// A literal part of an f-string: braces doubled.
static void fstring_text(Unparser *u, AstConstant *k) {
    for (size_t i = 0; i < k->len; i++) {
        char ch[3] = {k->str[i], 0, 0};
        if (ch[0] == '{' || ch[0] == '}')
            ch[1] = ch[0];
        put(u, ch);
    }
}

static void formatted(Unparser *u, AstExpr *e) {
    GiltStrBuf inner;
    gilt_strbuf_init(&inner);
    Unparser v = {u->c, &inner, u->ok};
    // Above PR_TEST, so that a lambda's ':' is parenthesised.
    expr(&v, e->v.formattedvalue.value, PR_TEST + 1);
    u->ok = v.ok;
    // "{ {...}}": keep the expression's own brace apart from the field's.
    put(u, inner.size && inner.data[0] == '{' ? "{ " : "{");
    u->ok = u->ok && gilt_strbuf_append(u->c->ts, u->b, inner.data, inner.size);
    gilt_strbuf_free(u->c->ts, &inner);
    int conv = e->v.formattedvalue.conversion;
    put(u, conv == 'a' ? "!a" : conv == 'r' ? "!r" : conv == 's' ? "!s" : "");
    if (e->v.formattedvalue.format_spec) {
        put(u, ":");
        fstring_element(u, e->v.formattedvalue.format_spec, true);
    }
    put(u, "}");
}

static void joinedstr(Unparser *u, AstExpr *e, bool spec) {
    if (spec) {
        for (int i = 0; i < e->v.joinedstr.values.n; i++)
            fstring_element(u, e->v.joinedstr.values.items[i], true);
        return;
    }
    // The body is written out, then quoted as a str repr would be.
    GiltStrBuf body;
    gilt_strbuf_init(&body);
    Unparser v = {u->c, &body, u->ok};
    for (int i = 0; i < e->v.joinedstr.values.n; i++)
        fstring_element(&v, e->v.joinedstr.values.items[i], false);
    Value s = gilt_strbuf_finish(u->c->ts, &body);
    u->ok = v.ok && s;
    put(u, "f");
    put_repr(u, s);
}

static void fstring_element(Unparser *u, AstExpr *e, bool spec) {
    if (e->kind == AST_CONSTANT)
        fstring_text(u, &e->v.constant);
    else if (e->kind == AST_JOINEDSTR)
        joinedstr(u, e, spec);
    else
        formatted(u, e);
}

static void attribute(Unparser *u, AstExpr *e) {
    AstExpr *v = e->v.attribute.value;
    expr(u, v, PR_ATOM);
    // 1 .real: an int needs the space.
    bool is_int = v->kind == AST_CONSTANT && (v->v.constant.kind == AST_CONST_INT ||
                                              v->v.constant.kind == AST_CONST_BIGINT);
    put(u, is_int ? " ." : ".");
    put(u, e->v.attribute.attr);
}

static void slice(Unparser *u, AstExpr *e) {
    if (e->v.slice.lower)
        expr(u, e->v.slice.lower, PR_TEST);
    put(u, ":");
    if (e->v.slice.upper)
        expr(u, e->v.slice.upper, PR_TEST);
    if (e->v.slice.step) {
        put(u, ":");
        expr(u, e->v.slice.step, PR_TEST);
    }
}

static void tuple(Unparser *u, AstExpr *e, int level) {
    int n = e->v.seq.elts.n;
    if (!n) {
        put(u, "()");
        return;
    }
    put_if(u, level > PR_TUPLE, "(");
    seq(u, &e->v.seq.elts, PR_TEST);
    put_if(u, n == 1, ",");
    put_if(u, level > PR_TUPLE, ")");
}

static void expr(Unparser *u, AstExpr *e, int level) {
    if (!u->ok)
        return;
    switch (e->kind) {
    case AST_BOOLOP: boolop(u, e, level); break;
    case AST_BINOP: binop(u, e, level); break;
    case AST_UNARYOP: unaryop(u, e, level); break;
    case AST_LAMBDA: lambda(u, e, level); break;
    case AST_IFEXP: ifexp(u, e, level); break;
    case AST_DICT: dict(u, e); break;
    case AST_SET:
        put(u, "{");
        seq(u, &e->v.set.elts, PR_TEST);
        put(u, "}");
        break;
    case AST_GENERATOREXP: comprehension(u, e, "(", ")"); break;
    case AST_LISTCOMP: comprehension(u, e, "[", "]"); break;
    case AST_SETCOMP:
    case AST_DICTCOMP: comprehension(u, e, "{", "}"); break;
    case AST_YIELD:
        put(u, e->v.unary.value ? "(yield " : "(yield");
        if (e->v.unary.value)
            expr(u, e->v.unary.value, PR_TEST);
        put(u, ")");
        break;
    case AST_YIELDFROM:
        put(u, "(yield from ");
        expr(u, e->v.unary.value, PR_TEST);
        put(u, ")");
        break;
    case AST_AWAIT:
        put_if(u, level > PR_AWAIT, "(");
        put(u, "await ");
        expr(u, e->v.unary.value, PR_ATOM);
        put_if(u, level > PR_AWAIT, ")");
        break;
    case AST_COMPARE: compare(u, e, level); break;
    case AST_CALL: call(u, e); break;
    case AST_CONSTANT: constant(u, &e->v.constant); break;
    case AST_JOINEDSTR: joinedstr(u, e, false); break;
    case AST_FORMATTEDVALUE: formatted(u, e); break;
    case AST_ATTRIBUTE: attribute(u, e); break;
    case AST_SUBSCRIPT:
        expr(u, e->v.subscript.value, PR_ATOM);
        put(u, "[");
        expr(u, e->v.subscript.slice, PR_TUPLE);
        put(u, "]");
        break;
    case AST_STARRED:
        put(u, "*");
        expr(u, e->v.starred.value, PR_EXPR);
        break;
    case AST_SLICE: slice(u, e); break;
    case AST_NAME: put(u, e->v.name.id); break;
    case AST_LIST:
        put(u, "[");
        seq(u, &e->v.seq.elts, PR_TEST);
        put(u, "]");
        break;
    case AST_TUPLE: tuple(u, e, level); break;
    case AST_NAMEDEXPR:
        put_if(u, level > PR_TUPLE, "(");
        expr(u, e->v.namedexpr.target, PR_ATOM);
        put(u, " := ");
        expr(u, e->v.namedexpr.value, PR_ATOM);
        put_if(u, level > PR_TUPLE, ")");
        break;
    }
}

Value gilt_c_unparse(Compiler *c, AstExpr *e) {
    GiltStrBuf b;
    gilt_strbuf_init(&b);
    Unparser u = {c, &b, true};
    expr(&u, e, PR_TEST);
    if (!u.ok) {
        gilt_strbuf_free(c->ts, &b);
        return VAL_NULL;
    }
    return gilt_strbuf_finish(c->ts, &b);
}

bool gilt_c_annotation(Compiler *c, AstExpr *ann) {
    if (c->future & GILT_FUTURE_ANNOTATIONS) {
        Value s = gilt_c_unparse(c, ann);
        return s ? gilt_c_load_const(c, s) : gilt_c_nomem(c);
    }
    // def f(*args: *Ts): the value is the one item *Ts unpacks to.
    if (ann->kind == AST_STARRED)
        return gilt_c_expr(c, ann->v.starred.value) &&
               gilt_c_emit(c, OP_UNPACK_SEQUENCE, 1);
    return gilt_c_expr(c, ann);
}
