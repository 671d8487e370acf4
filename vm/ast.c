/* ast.c - The AST arena, and gilt_ast_dump() in CPython's ast.dump format.
 *
 * The arena hands out zeroed memory from large calloc'd blocks and frees
 * them all at once. The dump reproduces ast.dump(tree) of CPython 3.11
 * byte for byte, including Python's repr() of constants, so trees can be
 * compared against CPython's in tests; with attributes it also prints the
 * locations, as ast.dump(tree, include_attributes=True) does.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "config.h"
#include "lexer.h"
#include "parser.h"

// ---- arena ----------------------------------------------------------------

#define ARENA_BLOCK (64 * 1024)

struct GiltArenaBlock {
    GiltArenaBlock *next;
    size_t used, size;
    uint64_t data[]; // 8-byte aligned
};

void gilt_arena_init(GiltArena *a)
{
    a->head = NULL;
}

void gilt_arena_fini(GiltArena *a)
{
    GiltArenaBlock *b = a->head;
    while (b) {
        GiltArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

void *gilt_arena_alloc(GiltArena *a, size_t size)
{
    size = (size + 7) & ~(size_t)7;
    GiltArenaBlock *b = a->head;
    if (GILT_UNLIKELY(!b || b->size - b->used < size)) {
        size_t cap = size > ARENA_BLOCK / 4 ? size : ARENA_BLOCK;
        b = calloc(1, sizeof *b + cap);
        if (!b)
            return NULL;
        b->size = cap;
        if (a->head && size > ARENA_BLOCK / 4) {
            // A big request gets a block of its own behind the current
            // one, so the current block's free space is not wasted.
            b->next = a->head->next;
            a->head->next = b;
            b->used = size;
            return b->data;
        }
        b->next = a->head;
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    return p;
}

char *gilt_arena_strndup(GiltArena *a, const char *s, size_t n)
{
    char *p = gilt_arena_alloc(a, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

// ---- output buffer ------------------------------------------------------------

// Trees deeper than this are cut short with "..." rather than risk the C
// stack; CPython's own ast.dump gives up far earlier (RecursionError).
#define DUMP_MAX_DEPTH 3000

typedef struct Out {
    char *buf;
    size_t len, cap;
    bool failed;
    bool attrs; // include_attributes
    int depth;
} Out;

static void put(Out *o, const char *s, size_t n)
{
    if (o->failed)
        return;
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 256;
        while (cap < o->len + n + 1)
            cap *= 2;
        char *b = realloc(o->buf, cap);
        if (!b) {
            o->failed = true;
            return;
        }
        o->buf = b;
        o->cap = cap;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = '\0';
}

static void puts_(Out *o, const char *s)
{
    put(o, s, strlen(s));
}

GILT_PRINTF(2, 3)
static void putf(Out *o, const char *fmt, ...)
{
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0)
        put(o, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

// ---- repr() of constants ------------------------------------------------------

// Python's repr(str): single quotes unless the text has ' and no ".
static void repr_str(Out *o, const char *s, size_t len)
{
    bool sq = memchr(s, '\'', len) != NULL, dq = memchr(s, '"', len) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    put(o, &quote, 1);
    size_t i = 0;
    while (i < len) {
        int n;
        uint32_t cp = gilt_lexer_unicode_decode(s + i, &n);
        if (i + (size_t)n > len)
            n = (int)(len - i);
        if (cp == (uint32_t)quote || cp == '\\')
            putf(o, "\\%c", (char)cp);
        else if (cp == '\t')
            puts_(o, "\\t");
        else if (cp == '\n')
            puts_(o, "\\n");
        else if (cp == '\r')
            puts_(o, "\\r");
        else if (gilt_lexer_unicode_isprintable(cp))
            put(o, s + i, (size_t)n);
        else if (cp < 0x100)
            putf(o, "\\x%02x", (unsigned)cp);
        else if (cp < 0x10000)
            putf(o, "\\u%04x", (unsigned)cp);
        else
            putf(o, "\\U%08x", (unsigned)cp);
        i += (size_t)n;
    }
    put(o, &quote, 1);
}

static void repr_bytes(Out *o, const char *s, size_t len)
{
    bool sq = memchr(s, '\'', len) != NULL, dq = memchr(s, '"', len) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    putf(o, "b%c", quote);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)quote || c == '\\')
            putf(o, "\\%c", c);
        else if (c == '\t')
            puts_(o, "\\t");
        else if (c == '\n')
            puts_(o, "\\n");
        else if (c == '\r')
            puts_(o, "\\r");
        else if (c < 0x20 || c >= 0x7f)
            putf(o, "\\x%02x", c);
        else
            put(o, (const char *)&c, 1);
    }
    put(o, &quote, 1);
}

// Python's repr(float): the shortest digits that read back as [d], in
// exponent form when the exponent is below -4 or at least 16. [dot0]
// adds ".0" to integral values (floats do, imaginary parts do not).
static void repr_float(Out *o, double d, bool dot0)
{
    if (isinf(d)) {
        puts_(o, d > 0 ? "inf" : "-inf");
        return;
    }
    if (isnan(d)) {
        puts_(o, "nan");
        return;
    }
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        if (strtod(buf, NULL) == d)
            break;
    }
    // buf is "-d.ddde+XX": split digits and exponent.
    char digits[24];
    int nd = 0;
    const char *p = buf;
    bool neg = *p == '-';
    if (neg)
        p++;
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            digits[nd++] = *p;
    int exp = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    if (neg)
        puts_(o, "-");
    if (exp < -4 || exp >= 16) {
        put(o, digits, 1);
        if (nd > 1) {
            puts_(o, ".");
            put(o, digits + 1, (size_t)nd - 1);
        }
        putf(o, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (exp < 0) {
        puts_(o, "0.");
        for (int i = -1; i > exp; i--)
            puts_(o, "0");
        put(o, digits, (size_t)nd);
    } else {
        for (int i = 0; i <= exp; i++)
            put(o, i < nd ? &digits[i] : "0", 1);
        if (nd > exp + 1) {
            puts_(o, ".");
            put(o, digits + exp + 1, (size_t)(nd - exp - 1));
        } else if (dot0) {
            puts_(o, ".0");
        }
    }
}

// A big literal ("0x1ffffffffffffffff", "123456789012345678901") in
// decimal: base 10^9 limbs, multiply-and-add per digit.
static void repr_bigint(Out *o, const char *s, size_t len)
{
    unsigned base = 10;
    if (len > 2 && s[0] == '0') {
        char b = s[1] | 0x20;
        base = b == 'x' ? 16 : b == 'o' ? 8 : b == 'b' ? 2 : 10;
        if (base != 10) {
            s += 2;
            len -= 2;
        }
    }
    size_t cap = len / 2 + 2, n = 1;
    uint32_t *limb = calloc(cap, sizeof *limb);
    if (!limb) {
        o->failed = true;
        return;
    }
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '_')
            continue;
        uint64_t carry = (uint64_t)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        for (size_t k = 0; k < n; k++) {
            uint64_t v = (uint64_t)limb[k] * base + carry;
            limb[k] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry && n < cap)
            limb[n++] = (uint32_t)carry;
    }
    putf(o, "%u", limb[n - 1]);
    for (size_t k = n - 1; k-- > 0;)
        putf(o, "%09u", limb[k]);
    free(limb);
}

static void repr_constant(Out *o, const AstConstant *c)
{
    switch (c->kind) {
    case AST_CONST_NONE: puts_(o, "None"); break;
    case AST_CONST_TRUE: puts_(o, "True"); break;
    case AST_CONST_FALSE: puts_(o, "False"); break;
    case AST_CONST_ELLIPSIS: puts_(o, "Ellipsis"); break;
    case AST_CONST_INT: putf(o, "%lld", (long long)c->i); break;
    case AST_CONST_BIGINT: repr_bigint(o, c->str, c->len); break;
    case AST_CONST_FLOAT: repr_float(o, c->f, true); break;
    case AST_CONST_COMPLEX:
        repr_float(o, c->f, false);
        puts_(o, "j");
        break;
    case AST_CONST_STR: repr_str(o, c->str, c->len); break;
    case AST_CONST_BYTES: repr_bytes(o, c->str, c->len); break;
    case AST_CONST_VALUE: puts_(o, "<folded>"); break;
    }
}

// ---- nodes --------------------------------------------------------------------

static void dump_expr(Out *o, const AstExpr *e);
static void dump_stmts(Out *o, const AstStmtSeq *s);
static void dump_exprs(Out *o, const AstExprSeq *s);

// [prefix] ("BinOp(left=", ", op=") then a field's value.
static void fexpr(Out *o, const char *prefix, const AstExpr *e)
{
    puts_(o, prefix);
    dump_expr(o, e);
}

static void fexprs(Out *o, const char *prefix, const AstExprSeq *s)
{
    puts_(o, prefix);
    dump_exprs(o, s);
}

static void fstmts(Out *o, const char *prefix, const AstStmtSeq *s)
{
    puts_(o, prefix);
    dump_stmts(o, s);
}

// The attributes, after the fields ([first]: there were no fields).
static void dump_loc(Out *o, const AstLoc *l, bool first)
{
    if (o->attrs)
        putf(o, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
             first ? "" : ", ", l->lineno, l->col_offset, l->end_lineno,
             l->end_col_offset);
}

static void dump_exprs(Out *o, const AstExprSeq *s)
{
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        if (i)
            puts_(o, ", ");
        if (s->items[i])
            dump_expr(o, s->items[i]);
        else
            puts_(o, "None");
    }
    puts_(o, "]");
}

static void dump_idents(Out *o, const AstIdentSeq *s)
{
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        if (i)
            puts_(o, ", ");
        repr_str(o, s->items[i], strlen(s->items[i]));
    }
    puts_(o, "]");
}

static void dump_ident(Out *o, const char *field, const char *id)
{
    putf(o, "%s=", field);
    repr_str(o, id, strlen(id));
}

// ", field=<expr>" unless the expression is absent (None is omitted).
static void dump_opt(Out *o, const char *field, const AstExpr *e)
{
    if (e) {
        putf(o, ", %s=", field);
        dump_expr(o, e);
    }
}

static const char *ctx_name(AstContext c)
{
    return c == AST_STORE ? "Store()" : c == AST_DEL ? "Del()" : "Load()";
}

static const char *operator_name(AstOperator op)
{
    static const char *const names[] = {
        "Add()",    "Sub()",    "Mult()",   "MatMult()", "Div()",
        "FloorDiv()", "Mod()",  "Pow()",    "LShift()",  "RShift()",
        "BitAnd()", "BitOr()",  "BitXor()"};
    return names[op];
}

static const char *unaryop_name(AstUnaryOp op)
{
    static const char *const names[] = {"Invert()", "Not()", "UAdd()",
                                        "USub()"};
    return names[op];
}

static const char *cmpop_name(int op)
{
    static const char *const names[] = {"Lt()", "LtE()", "Eq()",    "NotEq()",
                                        "Gt()", "GtE()", "Is()",    "IsNot()",
                                        "In()", "NotIn()"};
    return names[op];
}

static void dump_arg(Out *o, const AstArg *a)
{
    puts_(o, "arg(");
    dump_ident(o, "arg", a->arg);
    dump_opt(o, "annotation", a->annotation);
    dump_loc(o, &a->loc, false);
    puts_(o, ")");
}

static void dump_args_seq(Out *o, const AstArgSeq *s)
{
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        if (i)
            puts_(o, ", ");
        dump_arg(o, s->items[i]);
    }
    puts_(o, "]");
}

static void dump_arguments(Out *o, const AstArguments *a)
{
    puts_(o, "arguments(posonlyargs=");
    dump_args_seq(o, &a->posonlyargs);
    puts_(o, ", args=");
    dump_args_seq(o, &a->args);
    if (a->vararg) {
        puts_(o, ", vararg=");
        dump_arg(o, a->vararg);
    }
    puts_(o, ", kwonlyargs=");
    dump_args_seq(o, &a->kwonlyargs);
    fexprs(o, ", kw_defaults=", &a->kw_defaults);
    if (a->kwarg) {
        puts_(o, ", kwarg=");
        dump_arg(o, a->kwarg);
    }
    fexprs(o, ", defaults=", &a->defaults);
    puts_(o, ")");
}

static void dump_keywords(Out *o, const AstKeywordSeq *s)
{
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        const AstKeyword *k = s->items[i];
        puts_(o, i ? ", keyword(" : "keyword(");
        if (k->arg) {
            dump_ident(o, "arg", k->arg);
            puts_(o, ", ");
        }
        fexpr(o, "value=", k->value);
        dump_loc(o, &k->loc, false);
        puts_(o, ")");
    }
    puts_(o, "]");
}

static void dump_comprehensions(Out *o, const AstComprehensionSeq *s)
{
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        const AstComprehension *c = s->items[i];
        puts_(o, i ? ", comprehension(target=" : "comprehension(target=");
        dump_expr(o, c->target);
        fexpr(o, ", iter=", c->iter);
        fexprs(o, ", ifs=", &c->ifs);
        putf(o, ", is_async=%d)", c->is_async);
    }
    puts_(o, "]");
}

static void dump_comp(Out *o, const char *name, const AstExpr *e)
{
    putf(o, "%s(elt=", name);
    dump_expr(o, e->v.comp.elt);
    puts_(o, ", generators=");
    dump_comprehensions(o, &e->v.comp.generators);
}

// Expressions whose fields are all sub-expressions or sequences of them.
static bool dump_expr_simple(Out *o, const AstExpr *e)
{
    switch (e->kind) {
    case AST_BOOLOP:
        putf(o, "BoolOp(op=%s, values=",
             e->v.boolop.op == AST_AND ? "And()" : "Or()");
        dump_exprs(o, &e->v.boolop.values);
        return true;
    case AST_NAMEDEXPR:
        fexpr(o, "NamedExpr(target=", e->v.namedexpr.target);
        fexpr(o, ", value=", e->v.namedexpr.value);
        return true;
    case AST_BINOP:
        fexpr(o, "BinOp(left=", e->v.binop.left);
        putf(o, ", op=%s, right=", operator_name(e->v.binop.op));
        dump_expr(o, e->v.binop.right);
        return true;
    case AST_UNARYOP:
        putf(o, "UnaryOp(op=%s, operand=", unaryop_name(e->v.unaryop.op));
        dump_expr(o, e->v.unaryop.operand);
        return true;
    case AST_LAMBDA:
        puts_(o, "Lambda(args=");
        dump_arguments(o, e->v.lambda.args);
        fexpr(o, ", body=", e->v.lambda.body);
        return true;
    case AST_IFEXP:
        fexpr(o, "IfExp(test=", e->v.ifexp.test);
        fexpr(o, ", body=", e->v.ifexp.body);
        fexpr(o, ", orelse=", e->v.ifexp.orelse);
        return true;
    case AST_DICT:
        fexprs(o, "Dict(keys=", &e->v.dict.keys);
        fexprs(o, ", values=", &e->v.dict.values);
        return true;
    case AST_SET:
        fexprs(o, "Set(elts=", &e->v.set.elts);
        return true;
    case AST_LISTCOMP: dump_comp(o, "ListComp", e); return true;
    case AST_SETCOMP: dump_comp(o, "SetComp", e); return true;
    case AST_GENERATOREXP: dump_comp(o, "GeneratorExp", e); return true;
    case AST_DICTCOMP:
        fexpr(o, "DictComp(key=", e->v.dictcomp.key);
        fexpr(o, ", value=", e->v.dictcomp.value);
        puts_(o, ", generators=");
        dump_comprehensions(o, &e->v.dictcomp.generators);
        return true;
    default:
        return false;
    }
}

// Expressions with optional fields, whose attributes may come first.
static void dump_expr_optional(Out *o, const AstExpr *e)
{
    const char *sep = "";
    if (e->kind == AST_YIELD) {
        puts_(o, "Yield(");
        if (e->v.unary.value) {
            fexpr(o, "value=", e->v.unary.value);
            sep = ", ";
        }
    } else { // AST_SLICE
        puts_(o, "Slice(");
        const AstExpr *parts[3] = {e->v.slice.lower, e->v.slice.upper,
                                   e->v.slice.step};
        const char *names[3] = {"lower=", "upper=", "step="};
        for (int i = 0; i < 3; i++) {
            if (parts[i]) {
                puts_(o, sep);
                fexpr(o, names[i], parts[i]);
                sep = ", ";
            }
        }
    }
    dump_loc(o, &e->loc, !*sep);
    puts_(o, ")");
}

// Names, attributes, subscripts and other targets (they have a ctx).
static void dump_expr_target(Out *o, const AstExpr *e)
{
    AstContext ctx;
    switch (e->kind) {
    case AST_ATTRIBUTE:
        fexpr(o, "Attribute(value=", e->v.attribute.value);
        puts_(o, ", ");
        dump_ident(o, "attr", e->v.attribute.attr);
        ctx = e->v.attribute.ctx;
        break;
    case AST_SUBSCRIPT:
        fexpr(o, "Subscript(value=", e->v.subscript.value);
        fexpr(o, ", slice=", e->v.subscript.slice);
        ctx = e->v.subscript.ctx;
        break;
    case AST_STARRED:
        fexpr(o, "Starred(value=", e->v.starred.value);
        ctx = e->v.starred.ctx;
        break;
    case AST_NAME:
        puts_(o, "Name(");
        dump_ident(o, "id", e->v.name.id);
        ctx = e->v.name.ctx;
        break;
    default: // AST_LIST, AST_TUPLE
        fexprs(o, e->kind == AST_LIST ? "List(elts=" : "Tuple(elts=",
               &e->v.seq.elts);
        ctx = e->v.seq.ctx;
        break;
    }
    putf(o, ", ctx=%s", ctx_name(ctx));
}

static void dump_expr_rest(Out *o, const AstExpr *e)
{
    switch (e->kind) {
    case AST_AWAIT:
    case AST_YIELDFROM:
        fexpr(o, e->kind == AST_AWAIT ? "Await(value=" : "YieldFrom(value=",
              e->v.unary.value);
        break;
    case AST_COMPARE:
        fexpr(o, "Compare(left=", e->v.compare.left);
        puts_(o, ", ops=[");
        for (int i = 0; i < e->v.compare.ops.n; i++)
            putf(o, "%s%s", i ? ", " : "",
                 cmpop_name(e->v.compare.ops.items[i]));
        fexprs(o, "], comparators=", &e->v.compare.comparators);
        break;
    case AST_CALL:
        fexpr(o, "Call(func=", e->v.call.func);
        fexprs(o, ", args=", &e->v.call.args);
        puts_(o, ", keywords=");
        dump_keywords(o, &e->v.call.keywords);
        break;
    case AST_FORMATTEDVALUE:
        fexpr(o, "FormattedValue(value=", e->v.formattedvalue.value);
        putf(o, ", conversion=%d", e->v.formattedvalue.conversion);
        dump_opt(o, "format_spec", e->v.formattedvalue.format_spec);
        break;
    case AST_JOINEDSTR:
        fexprs(o, "JoinedStr(values=", &e->v.joinedstr.values);
        break;
    case AST_CONSTANT:
        puts_(o, "Constant(value=");
        repr_constant(o, &e->v.constant);
        if (e->v.constant.u_prefix)
            puts_(o, ", kind='u'");
        break;
    default:
        dump_expr_target(o, e);
        break;
    }
    dump_loc(o, &e->loc, false);
    puts_(o, ")");
}

static void dump_expr(Out *o, const AstExpr *e)
{
    if (o->depth >= DUMP_MAX_DEPTH) {
        puts_(o, "...");
        return;
    }
    o->depth++;
    if (e->kind == AST_YIELD || e->kind == AST_SLICE) {
        dump_expr_optional(o, e);
    } else if (dump_expr_simple(o, e)) {
        dump_loc(o, &e->loc, false);
        puts_(o, ")");
    } else {
        dump_expr_rest(o, e);
    }
    o->depth--;
}

static void dump_aliases(Out *o, const AstAliasSeq *s)
{
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        const AstAlias *a = s->items[i];
        puts_(o, i ? ", alias(" : "alias(");
        dump_ident(o, "name", a->name);
        if (a->asname) {
            puts_(o, ", ");
            dump_ident(o, "asname", a->asname);
        }
        dump_loc(o, &a->loc, false);
        puts_(o, ")");
    }
    puts_(o, "]");
}

static void dump_withitems(Out *o, const AstWithItemSeq *s)
{
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        puts_(o, i ? ", withitem(context_expr=" : "withitem(context_expr=");
        dump_expr(o, s->items[i]->context_expr);
        dump_opt(o, "optional_vars", s->items[i]->optional_vars);
        puts_(o, ")");
    }
    puts_(o, "]");
}

static void dump_handlers(Out *o, const AstExceptHandlerSeq *s)
{
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        const AstExceptHandler *h = s->items[i];
        puts_(o, i ? ", ExceptHandler(" : "ExceptHandler(");
        if (h->type) {
            fexpr(o, "type=", h->type);
            puts_(o, ", ");
        }
        if (h->name) {
            dump_ident(o, "name", h->name);
            puts_(o, ", ");
        }
        fstmts(o, "body=", &h->body);
        dump_loc(o, &h->loc, false);
        puts_(o, ")");
    }
    puts_(o, "]");
}

static void dump_def(Out *o, const AstStmt *s)
{
    puts_(o, s->kind == AST_FUNCTIONDEF ? "FunctionDef("
                                        : "AsyncFunctionDef(");
    dump_ident(o, "name", s->v.funcdef.name);
    puts_(o, ", args=");
    dump_arguments(o, s->v.funcdef.args);
    fstmts(o, ", body=", &s->v.funcdef.body);
    fexprs(o, ", decorator_list=", &s->v.funcdef.decorator_list);
    dump_opt(o, "returns", s->v.funcdef.returns);
}

static void dump_compound(Out *o, const AstStmt *s)
{
    switch (s->kind) {
    case AST_CLASSDEF:
        puts_(o, "ClassDef(");
        dump_ident(o, "name", s->v.classdef.name);
        fexprs(o, ", bases=", &s->v.classdef.bases);
        puts_(o, ", keywords=");
        dump_keywords(o, &s->v.classdef.keywords);
        fstmts(o, ", body=", &s->v.classdef.body);
        fexprs(o, ", decorator_list=", &s->v.classdef.decorator_list);
        break;
    case AST_FOR:
    case AST_ASYNCFOR:
        puts_(o, s->kind == AST_FOR ? "For(target=" : "AsyncFor(target=");
        dump_expr(o, s->v.for_.target);
        fexpr(o, ", iter=", s->v.for_.iter);
        fstmts(o, ", body=", &s->v.for_.body);
        fstmts(o, ", orelse=", &s->v.for_.orelse);
        break;
    case AST_WHILE:
    case AST_IF:
        puts_(o, s->kind == AST_IF ? "If(test=" : "While(test=");
        dump_expr(o, s->v.cond.test);
        fstmts(o, ", body=", &s->v.cond.body);
        fstmts(o, ", orelse=", &s->v.cond.orelse);
        break;
    case AST_WITH:
    case AST_ASYNCWITH:
        puts_(o, s->kind == AST_WITH ? "With(items=" : "AsyncWith(items=");
        dump_withitems(o, &s->v.with.items);
        fstmts(o, ", body=", &s->v.with.body);
        break;
    case AST_TRY:
        fstmts(o, "Try(body=", &s->v.try_.body);
        puts_(o, ", handlers=");
        dump_handlers(o, &s->v.try_.handlers);
        fstmts(o, ", orelse=", &s->v.try_.orelse);
        fstmts(o, ", finalbody=", &s->v.try_.finalbody);
        break;
    default:
        dump_def(o, s);
        break;
    }
}

// Statements made of names: imports, global and nonlocal.
static void dump_names_stmt(Out *o, const AstStmt *s)
{
    switch (s->kind) {
    case AST_IMPORT:
        puts_(o, "Import(names=");
        dump_aliases(o, &s->v.import.names);
        break;
    case AST_IMPORTFROM:
        puts_(o, "ImportFrom(");
        if (s->v.importfrom.module) {
            dump_ident(o, "module", s->v.importfrom.module);
            puts_(o, ", ");
        }
        puts_(o, "names=");
        dump_aliases(o, &s->v.importfrom.names);
        putf(o, ", level=%d", s->v.importfrom.level);
        break;
    default:
        puts_(o, s->kind == AST_GLOBAL ? "Global(names=" : "Nonlocal(names=");
        dump_idents(o, &s->v.names.names);
        break;
    }
}

// Simple statements; returns false for those without fields (whose
// attributes follow "(" directly).
static bool dump_simple(Out *o, const AstStmt *s)
{
    switch (s->kind) {
    case AST_RETURN:
        puts_(o, "Return(");
        if (!s->v.ret.value)
            return false;
        fexpr(o, "value=", s->v.ret.value);
        return true;
    case AST_DELETE:
        fexprs(o, "Delete(targets=", &s->v.del.targets);
        return true;
    case AST_ASSIGN:
        fexprs(o, "Assign(targets=", &s->v.assign.targets);
        fexpr(o, ", value=", s->v.assign.value);
        return true;
    case AST_AUGASSIGN:
        fexpr(o, "AugAssign(target=", s->v.augassign.target);
        putf(o, ", op=%s, value=", operator_name(s->v.augassign.op));
        dump_expr(o, s->v.augassign.value);
        return true;
    case AST_ANNASSIGN:
        fexpr(o, "AnnAssign(target=", s->v.annassign.target);
        fexpr(o, ", annotation=", s->v.annassign.annotation);
        dump_opt(o, "value", s->v.annassign.value);
        putf(o, ", simple=%d", s->v.annassign.simple);
        return true;
    case AST_RAISE:
        puts_(o, "Raise(");
        if (!s->v.raise.exc && !s->v.raise.cause)
            return false;
        if (s->v.raise.exc)
            fexpr(o, "exc=", s->v.raise.exc);
        if (s->v.raise.cause)
            fexpr(o, s->v.raise.exc ? ", cause=" : "cause=", s->v.raise.cause);
        return true;
    case AST_ASSERT:
        fexpr(o, "Assert(test=", s->v.assert_.test);
        dump_opt(o, "msg", s->v.assert_.msg);
        return true;
    case AST_IMPORT:
    case AST_IMPORTFROM:
    case AST_GLOBAL:
    case AST_NONLOCAL:
        dump_names_stmt(o, s);
        return true;
    case AST_EXPR:
        fexpr(o, "Expr(value=", s->v.expr.value);
        return true;
    case AST_PASS: puts_(o, "Pass("); return false;
    case AST_BREAK: puts_(o, "Break("); return false;
    case AST_CONTINUE: puts_(o, "Continue("); return false;
    default:
        dump_compound(o, s);
        return true;
    }
}

static void dump_stmt(Out *o, const AstStmt *s)
{
    if (o->depth >= DUMP_MAX_DEPTH) {
        puts_(o, "...");
        return;
    }
    o->depth++;
    bool fields = dump_simple(o, s);
    dump_loc(o, &s->loc, !fields);
    puts_(o, ")");
    o->depth--;
}

static void dump_stmts(Out *o, const AstStmtSeq *s)
{
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        if (i)
            puts_(o, ", ");
        dump_stmt(o, s->items[i]);
    }
    puts_(o, "]");
}

char *gilt_ast_dump_ex(const AstMod *mod, bool include_attributes)
{
    Out o = {.attrs = include_attributes};
    switch (mod->mode) {
    case AST_MODE_FILE:
        puts_(&o, "Module(body=");
        dump_stmts(&o, &mod->body);
        puts_(&o, ", type_ignores=[])");
        break;
    case AST_MODE_SINGLE:
        puts_(&o, "Interactive(body=");
        dump_stmts(&o, &mod->body);
        puts_(&o, ")");
        break;
    case AST_MODE_EVAL:
        puts_(&o, "Expression(body=");
        dump_expr(&o, mod->expr);
        puts_(&o, ")");
        break;
    }
    if (o.failed) {
        free(o.buf);
        return NULL;
    }
    return o.buf;
}

char *gilt_ast_dump(const AstMod *mod)
{
    return gilt_ast_dump_ex(mod, false);
}
