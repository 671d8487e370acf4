/* compile_fold.c - Constant folding, as CPython's AST optimizer
 * (Python/ast_opt.c) does it: unary and binary operators on constants,
 * tuples of constants and subscripts of constants become one constant.
 *
 * It matters beyond speed: a set display of constants is built from a
 * folded frozenset (compile_expr.c), which fixes its iteration order, and
 * `x = -1` must mean the same constant everywhere.
 *
 * Folding runs on demand, when the compiler reaches an expression, and
 * rewrites the node in place into an AST_CONST_VALUE constant; a node that
 * does not fold is marked so that nested expressions are tried once. An
 * operation that fails (1/0) or would build a huge value (the limits are
 * CPython's) is left for run time. Folding calls only operations of the
 * builtin constant types, which run no Python code: no collection can
 * happen while the values sit in the tree (gc.h's rule).
 */
#include "../runtime/bytes.h"
#include "../runtime/int.h"
#include "../runtime/set.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "compile.h"

#define MAX_INT_SIZE 128         // bits
#define MAX_COLLECTION_SIZE 256  // items
#define MAX_STR_SIZE 4096        // characters
#define MAX_TOTAL_ITEMS 1024     // including nested collections

static bool is_int(GiltThread *ts, Value v) {
    return IS_INT(v) || IS_BOOL(v) || gilt_int_is_big(ts, v);
}

static bool is_collection(GiltThread *ts, Value v) {
    return GILT_IS(ts, v, TUPLE) || GILT_IS(ts, v, FROZENSET);
}

static bool is_text(GiltThread *ts, Value v) {
    return GILT_IS(ts, v, STR) || GILT_IS(ts, v, BYTES);
}

static size_t collection_size(GiltThread *ts, Value v) {
    return GILT_IS(ts, v, TUPLE) ? AS_TUPLE(v)->len : AS_SET(v)->used;
}

// [limit] less the items of [v] and of the collections nested in it;
// negative when that is too many.
static int64_t complexity(GiltThread *ts, Value v, int64_t limit) {
    if (GILT_IS(ts, v, TUPLE)) {
        GiltTuple *t = AS_TUPLE(v);
        limit -= (int64_t)t->len;
        for (size_t i = 0; limit >= 0 && i < t->len; i++)
            limit = complexity(ts, t->items[i], limit);
    } else if (GILT_IS(ts, v, FROZENSET)) {
        limit -= (int64_t)AS_SET(v)->used;
        Value k;
        for (size_t pos = 0; limit >= 0 && gilt_set_next(AS_SET(v), &pos, &k, NULL);)
            limit = complexity(ts, k, limit);
    }
    return limit;
}

// A repeat count [n] of a sequence [v] CPython would fold.
static bool small_repeat(GiltThread *ts, Value n, Value v) {
    if (!IS_INT(n) && !IS_BOOL(n))
        return false;
    int64_t count = IS_BOOL(n) ? n == VAL_TRUE : AS_INT(n);
    if (is_collection(ts, v)) {
        size_t size = collection_size(ts, v);
        if (!size)
            return true;
        if (count < 0 || count > MAX_COLLECTION_SIZE / (int64_t)size)
            return false;
        return !count || complexity(ts, v, MAX_TOTAL_ITEMS / count) >= 0;
    }
    size_t size = GILT_IS(ts, v, STR) ? AS_STR(v)->len : AS_BYTES(v)->size;
    return !size || (count >= 0 && count <= MAX_STR_SIZE / (int64_t)size);
}

// A non-negative small int [v] (a count or a shift) as a C number, or
// UINT64_MAX.
static uint64_t small_count(Value v) {
    return IS_BOOL(v) ? v == VAL_TRUE : IS_INT(v) ? (uint64_t)AS_INT(v) : UINT64_MAX;
}

// CPython's safe_multiply, safe_power, safe_lshift and safe_mod: may
// [op] be done now?
static bool safe_binop(GiltThread *ts, Value a, Value b, AstOperator op) {
    bool ints = is_int(ts, a) && is_int(ts, b);
    Value ia = ints ? gilt_int_value(ts, a) : VAL_NULL;
    Value ib = ints ? gilt_int_value(ts, b) : VAL_NULL;
    switch (op) {
    case AST_MULT:
        if (ints)
            return !gilt_int_sign(ia) || !gilt_int_sign(ib) ||
                   gilt_int_bit_length(ia) + gilt_int_bit_length(ib) <= MAX_INT_SIZE;
        if (is_int(ts, a) && (is_collection(ts, b) || is_text(ts, b)))
            return small_repeat(ts, a, b);
        if (is_int(ts, b) && (is_collection(ts, a) || is_text(ts, a)))
            return small_repeat(ts, b, a);
        return true;
    case AST_POW:
        if (ints && gilt_int_sign(ia) && gilt_int_sign(ib) > 0)
            return small_count(ib) != UINT64_MAX &&
                   gilt_int_bit_length(ia) <= MAX_INT_SIZE / small_count(ib);
        return true;
    case AST_LSHIFT:
        // A negative shift raises (at run time).
        if (ints && gilt_int_sign(ia) && gilt_int_sign(ib) > 0)
            return small_count(ib) <= MAX_INT_SIZE &&
                   gilt_int_bit_length(ia) <= MAX_INT_SIZE - small_count(ib);
        return true;
    case AST_MOD:
        // "%" formatting of str and bytes is left to run time.
        return !is_text(ts, a);
    case AST_MATMULT:
        return false;
    default:
        return true;
    }
}

// The result of [v], or VAL_NULL (any exception dropped: the operation
// runs again, and raises, at run time).
static Value keep(Compiler *c, Value v) {
    if (!v)
        gilt_exc_clear(c->ts);
    return v;
}

static Value fold_binop(Compiler *c, AstExpr *e) {
    Value a = gilt_c_fold(c, e->v.binop.left);
    Value b = a ? gilt_c_fold(c, e->v.binop.right) : VAL_NULL;
    if (!b || !safe_binop(c->ts, a, b, e->v.binop.op))
        return VAL_NULL;
    Value r = keep(c, gilt_binop(c->ts, a, b, (int)e->v.binop.op));
    return r == VAL_NOTIMPL ? VAL_NULL : r;
}

static Value fold_unaryop(Compiler *c, AstExpr *e) {
    Value a = gilt_c_fold(c, e->v.unaryop.operand);
    if (!a)
        return VAL_NULL;
    switch (e->v.unaryop.op) {
    case AST_NOT: {
        int t = gilt_truthy(c->ts, a);
        return t < 0 ? keep(c, VAL_NULL) : t ? VAL_FALSE : VAL_TRUE;
    }
    case AST_INVERT:
        return keep(c, gilt_unop(c->ts, a, GILT_UOP_INVERT));
    case AST_UADD:
        return keep(c, gilt_unop(c->ts, a, GILT_UOP_POS));
    case AST_USUB:
        return keep(c, gilt_unop(c->ts, a, GILT_UOP_NEG));
    }
    return VAL_NULL;
}

static Value fold_tuple(Compiler *c, AstExpr *e) {
    AstExprSeq *elts = &e->v.seq.elts;
    // Fold every item (not stopping at the first that does not) so
    // that each nested expression is tried once.
    bool all = true;
    for (int i = 0; i < elts->n; i++)
        all = gilt_c_fold(c, elts->items[i]) && all;
    if (!all)
        return VAL_NULL;
    GiltTuple *t = gilt_tuple_new(c->ts, (size_t)elts->n);
    if (!t)
        return keep(c, VAL_NULL);
    for (int i = 0; i < elts->n; i++)
        t->items[i] = gilt_c_fold(c, elts->items[i]);
    return OBJ_VAL(t);
}

static Value fold_subscript(Compiler *c, AstExpr *e) {
    Value v = gilt_c_fold(c, e->v.subscript.value);
    Value k = v ? gilt_c_fold(c, e->v.subscript.slice) : VAL_NULL;
    if (!k)
        return VAL_NULL;
    return keep(c, gilt_getitem(c->ts, v, k));
}

Value gilt_c_fold(Compiler *c, AstExpr *e) {
    if (e->kind == AST_CONSTANT)
        return gilt_c_constant_value(c, &e->v.constant);
    if (e->nofold)
        return VAL_NULL;
    Value v = VAL_NULL;
    switch (e->kind) {
    case AST_BINOP:
        v = fold_binop(c, e);
        break;
    case AST_UNARYOP:
        v = fold_unaryop(c, e);
        break;
    case AST_TUPLE:
        if (e->v.seq.ctx == AST_LOAD)
            v = fold_tuple(c, e);
        break;
    case AST_SUBSCRIPT:
        if (e->v.subscript.ctx == AST_LOAD)
            v = fold_subscript(c, e);
        break;
    default:
        break;
    }
    if (!v) {
        e->nofold = true;
        return VAL_NULL;
    }
    e->kind = AST_CONSTANT;
    e->v.constant = (AstConstant){.kind = AST_CONST_VALUE, .value = v};
    return v;
}
