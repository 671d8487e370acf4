/* compile_expr.c - Expressions, conditional jumps, calls and assignment
 * targets.
 */
#include <string.h>

#include "../runtime/bytes.h"
#include "../runtime/float.h"
#include "../runtime/int.h"
#include "../runtime/set.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "compile.h"
#include "gc.h"

#define MAX_DEPTH 1500

// ---- constants --------------------------------------------------------------------

static bool identifier_like(const char *s, size_t n) {
    if (n == 0 || n > 40)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!(ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') ||
              (ch >= 'A' && ch <= 'Z')))
            return false;
    }
    return true;
}

Value gilt_c_constant_value(Compiler *c, AstConstant *k) {
    GiltThread *ts = c->ts;
    Value v = VAL_NULL;
    switch (k->kind) {
    case AST_CONST_NONE:
        return VAL_NONE;
    case AST_CONST_TRUE:
        return VAL_TRUE;
    case AST_CONST_FALSE:
        return VAL_FALSE;
    case AST_CONST_ELLIPSIS:
        return VAL_ELLIPSIS;
    case AST_CONST_INT:
        v = gilt_int_from_i64(ts, k->i);
        break;
    case AST_CONST_BIGINT:
        v = gilt_int_from_string(ts, k->str, strlen(k->str), 0);
        break;
    case AST_CONST_FLOAT:
        return FLOAT_VAL(k->f);
    case AST_CONST_COMPLEX:
        v = gilt_complex_new(ts, 0.0, k->f);
        break;
    case AST_CONST_STR:
        // Identifier-like strings are interned, as CPython does, so that
        // d['key'] and getattr(o, 'name') compare pointers.
        if (identifier_like(k->str, k->len)) {
            GiltStr *s = gilt_str_intern_n(ts, k->str, k->len);
            v = s ? OBJ_VAL(s) : VAL_NULL;
        } else {
            v = gilt_str_new(ts, k->str, k->len);
        }
        break;
    case AST_CONST_BYTES:
        v = gilt_bytes_new(ts, k->str, k->len);
        break;
    case AST_CONST_VALUE:
        return k->value;
    }
    if (!v)
        gilt_c_nomem(c);
    return v;
}

bool gilt_c_is_constant(AstExpr *e) {
    return e->kind == AST_CONSTANT;
}

// ---- sequences and displays -------------------------------------------------------------

static bool has_starred(AstExprSeq *elts) {
    for (int i = 0; i < elts->n; i++)
        if (elts->items[i]->kind == AST_STARRED)
            return true;
    return false;
}

// A list or set display of more than two constants, as CPython builds
// it: an empty one extended by a constant tuple (list) or frozenset (set,
// whose table then fixes the iteration order).
static bool const_display(Compiler *c, AstExprSeq *elts, int build, int extend) {
    GiltTuple *t = gilt_tuple_new(c->ts, (size_t)elts->n);
    if (!t)
        return gilt_c_nomem(c);
    for (int i = 0; i < elts->n; i++)
        t->items[i] = gilt_c_fold(c, elts->items[i]);
    Value k = OBJ_VAL(t);
    // CPython's compiler then rebuilds the frozenset from its own order
    // when merging constants (merge_consts_recursive): twice over.
    GiltType *fs = GILT_TYPE(c->ts, FROZENSET);
    if (build == OP_BUILD_SET &&
        (!(k = gilt_set_from_iterable(c->ts, fs, k)) ||
         !(k = gilt_tuple_from_iterable(c->ts, k)) ||
         !(k = gilt_set_from_iterable(c->ts, fs, k))))
        return gilt_c_nomem(c);
    return gilt_c_emit(c, build, 0) && gilt_c_load_const(c, k) &&
           gilt_c_emit(c, extend, 1);
}

static bool all_folded(Compiler *c, AstExprSeq *elts) {
    bool all = true;
    for (int i = 0; i < elts->n; i++)
        all = gilt_c_fold(c, elts->items[i]) && all;
    return all;
}

// List/tuple/set displays: plain items with BUILD_x n; with *starred
// items, build incrementally with x_APPEND / x_EXTEND.
static bool display(Compiler *c, AstExprSeq *elts, int build, int add,
                    int extend, bool to_tuple) {
    if (!to_tuple && elts->n > 2 && all_folded(c, elts))
        return const_display(c, elts, build, extend);
    if (!has_starred(elts)) {
        for (int i = 0; i < elts->n; i++)
            if (!gilt_c_expr(c, elts->items[i]))
                return false;
        return gilt_c_emit(c, build, elts->n);
    }
    if (!gilt_c_emit(c, build, 0))
        return false;
    for (int i = 0; i < elts->n; i++) {
        AstExpr *el = elts->items[i];
        bool star = el->kind == AST_STARRED;
        if (!gilt_c_expr(c, star ? el->v.starred.value : el) ||
            !gilt_c_emit(c, star ? extend : add, 1))
            return false;
    }
    return !to_tuple || gilt_c_emit(c, OP_LIST_TO_TUPLE, 0);
}

static bool dict_display(Compiler *c, AstExpr *e) {
    AstExprSeq *keys = &e->v.dict.keys, *vals = &e->v.dict.values;
    int pending = 0;
    bool built = false;
    for (int i = 0; i < keys->n; i++) {
        if (keys->items[i]) {
            if (!gilt_c_expr(c, keys->items[i]) || !gilt_c_expr(c, vals->items[i]))
                return false;
            pending++;
            continue;
        }
        // ** unpacking: flush the pairs so far, then merge.
        if (!built || pending) {
            if (!gilt_c_emit(c, OP_BUILD_MAP, pending))
                return false;
            if (built && !gilt_c_emit(c, OP_DICT_UPDATE, 1))
                return false;
            built = true;
            pending = 0;
        }
        if (!gilt_c_expr(c, vals->items[i]) || !gilt_c_emit(c, OP_DICT_UPDATE, 1))
            return false;
    }
    if (!built)
        return gilt_c_emit(c, OP_BUILD_MAP, pending);
    if (pending)
        return gilt_c_emit(c, OP_BUILD_MAP, pending) &&
               gilt_c_emit(c, OP_DICT_UPDATE, 1);
    return true;
}

// ---- comparisons and jumps ---------------------------------------------------------------

static bool compare_op(Compiler *c, int op) {
    switch (op) {
    case AST_IS:
        return gilt_c_emit(c, OP_IS_OP, 0);
    case AST_ISNOT:
        return gilt_c_emit(c, OP_IS_OP, 1);
    case AST_IN:
        return gilt_c_emit(c, OP_CONTAINS_OP, 0);
    case AST_NOTIN:
        return gilt_c_emit(c, OP_CONTAINS_OP, 1);
    default:
        return gilt_c_emit(c, OP_COMPARE_OP, op);
    }
}

static bool compare(Compiler *c, AstExpr *e) {
    AstExprSeq *cmp = &e->v.compare.comparators;
    int *ops = e->v.compare.ops.items, n = cmp->n;
    if (!gilt_c_expr(c, e->v.compare.left))
        return false;
    if (n == 1)
        return gilt_c_expr(c, cmp->items[0]) && compare_op(c, ops[0]);
    int cleanup = gilt_c_new_label(c), end = gilt_c_new_label(c);
    for (int i = 0; i < n - 1; i++) {
        if (!gilt_c_expr(c, cmp->items[i]) || !gilt_c_emit(c, OP_SWAP, 2) ||
            !gilt_c_emit(c, OP_COPY, 2) || !compare_op(c, ops[i]) ||
            !gilt_c_emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup))
            return false;
    }
    return gilt_c_expr(c, cmp->items[n - 1]) && compare_op(c, ops[n - 1]) &&
           gilt_c_emit_jump(c, OP_JUMP, end) && gilt_c_place(c, cleanup) &&
           gilt_c_emit(c, OP_SWAP, 2) && gilt_c_emit(c, OP_POP_TOP, 0) &&
           gilt_c_place(c, end);
}

static bool jump_if_boolop(Compiler *c, AstExpr *e, int label, bool cond) {
    bool is_or = e->v.boolop.op == AST_OR;
    AstExprSeq *vals = &e->v.boolop.values;
    int next = label;
    // `a and b` jumps on false as soon as one is false; on true only if
    // all are (and the mirror for `or`).
    if (cond != is_or && (next = gilt_c_new_label(c)) < 0)
        return false;
    for (int i = 0; i < vals->n - 1; i++)
        if (!gilt_c_jump_if(c, vals->items[i], next, is_or))
            return false;
    if (!gilt_c_jump_if(c, vals->items[vals->n - 1], label, cond))
        return false;
    return next == label || gilt_c_place(c, next);
}

bool gilt_c_jump_if(Compiler *c, AstExpr *e, int label, bool cond) {
    switch (e->kind) {
    case AST_UNARYOP:
        if (e->v.unaryop.op == AST_NOT)
            return gilt_c_jump_if(c, e->v.unaryop.operand, label, !cond);
        break;
    case AST_BOOLOP:
        return jump_if_boolop(c, e, label, cond);
    case AST_COMPARE:
        if (e->v.compare.ops.n == 1) {
            int op = e->v.compare.ops.items[0];
            AstExpr *right = e->v.compare.comparators.items[0];
            bool none = right->kind == AST_CONSTANT &&
                        right->v.constant.kind == AST_CONST_NONE;
            gilt_c_set_loc(c, e->loc);
            if (none && (op == AST_IS || op == AST_ISNOT)) {
                // `x is None` jumps without materialising a bool.
                bool is = (op == AST_IS) == cond;
                return gilt_c_expr(c, e->v.compare.left) &&
                       gilt_c_emit_jump(c, is ? OP_POP_JUMP_IF_NONE
                                              : OP_POP_JUMP_IF_NOT_NONE,
                                        label);
            }
        }
        break;
    case AST_CONSTANT: {
        Value v = gilt_c_constant_value(c, &e->v.constant);
        if (!v)
            return false;
        if (IS_CONST(v) || IS_INT(v)) {
            bool truth = v == VAL_TRUE || (IS_INT(v) && AS_INT(v) != 0) ||
                         v == VAL_ELLIPSIS;
            return truth == cond ? gilt_c_emit_jump(c, OP_JUMP, label) : true;
        }
        break;
    }
    default:
        break;
    }
    return gilt_c_expr(c, e) &&
           gilt_c_emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE,
                            label);
}

static bool boolop(Compiler *c, AstExpr *e) {
    int end = gilt_c_new_label(c);
    int op = e->v.boolop.op == AST_AND ? OP_JUMP_IF_FALSE_OR_POP
                                       : OP_JUMP_IF_TRUE_OR_POP;
    AstExprSeq *vals = &e->v.boolop.values;
    for (int i = 0; i < vals->n - 1; i++)
        if (!gilt_c_expr(c, vals->items[i]) || !gilt_c_emit_jump(c, op, end))
            return false;
    return gilt_c_expr(c, vals->items[vals->n - 1]) && gilt_c_place(c, end);
}

static bool ifexp(Compiler *c, AstExpr *e) {
    int orelse = gilt_c_new_label(c), end = gilt_c_new_label(c);
    return gilt_c_jump_if(c, e->v.ifexp.test, orelse, false) &&
           gilt_c_expr(c, e->v.ifexp.body) && gilt_c_emit_jump(c, OP_JUMP, end) &&
           gilt_c_place(c, orelse) && gilt_c_expr(c, e->v.ifexp.orelse) &&
           gilt_c_place(c, end);
}

// ---- calls ---------------------------------------------------------------------------------

static bool check_keywords(Compiler *c, AstKeywordSeq *kws) {
    for (int i = 0; i < kws->n; i++) {
        const char *k = kws->items[i]->arg;
        if (!k)
            continue;
        if (!gilt_c_forbidden(c, k, AST_STORE))
            return false;
        for (int j = i + 1; j < kws->n; j++)
            if (kws->items[j]->arg && !strcmp(k, kws->items[j]->arg))
                return gilt_c_error(c, kws->items[j]->loc,
                                    "keyword argument repeated: %s", k);
    }
    return true;
}

// f(*a, **k) and friends: one positional tuple and one kwargs dict.
static bool call_ex(Compiler *c, int already, AstExprSeq *args,
                    AstKeywordSeq *kws) {
    if (already == 0 && args->n == 1 && args->items[0]->kind == AST_STARRED) {
        // f(*x): CALL_FUNCTION_EX converts x itself (and names f in errors).
        if (!gilt_c_expr(c, args->items[0]->v.starred.value))
            return false;
        goto keywords;
    }
    if (!gilt_c_emit(c, OP_BUILD_LIST, already))
        return false;
    for (int i = 0; i < args->n; i++) {
        AstExpr *a = args->items[i];
        bool star = a->kind == AST_STARRED;
        if (!gilt_c_expr(c, star ? a->v.starred.value : a) ||
            !gilt_c_emit(c, star ? OP_LIST_EXTEND : OP_LIST_APPEND, 1))
            return false;
    }
    if (!gilt_c_emit(c, OP_LIST_TO_TUPLE, 0))
        return false;
keywords:
    if (kws->n == 0)
        return gilt_c_emit(c, OP_CALL_FUNCTION_EX, 0);
    if (!gilt_c_emit(c, OP_BUILD_MAP, 0))
        return false;
    for (int i = 0; i < kws->n; i++) {
        AstKeyword *k = kws->items[i];
        if (k->arg) {
            Value name = gilt_str_from_cstr(c->ts, k->arg);
            if (!name || !gilt_c_load_const(c, name) || !gilt_c_expr(c, k->value) ||
                !gilt_c_emit(c, OP_BUILD_MAP, 1))
                return false;
        } else if (!gilt_c_expr(c, k->value)) {
            return false;
        }
        if (!gilt_c_emit(c, OP_DICT_MERGE, 1))
            return false;
    }
    return gilt_c_emit(c, OP_CALL_FUNCTION_EX, 1);
}

bool gilt_c_call_helper(Compiler *c, int already, AstExprSeq *args,
                        AstKeywordSeq *kws, bool method) {
    if (!check_keywords(c, kws))
        return false;
    bool ex = has_starred(args);
    for (int i = 0; i < kws->n; i++)
        if (!kws->items[i]->arg)
            ex = true;
    if (ex) {
        if (method)
            return gilt_c_error(c, args->n ? args->items[0]->loc : kws->items[0]->loc,
                                "internal error: method call with unpacking");
        return call_ex(c, already, args, kws);
    }
    for (int i = 0; i < args->n; i++)
        if (!gilt_c_expr(c, args->items[i]))
            return false;
    int n = already + args->n + kws->n;
    if (kws->n == 0)
        return gilt_c_emit(c, method ? OP_CALL_METHOD : OP_CALL, n);
    GiltTuple *names = gilt_tuple_new(c->ts, (size_t)kws->n);
    if (!names)
        return gilt_c_nomem(c);
    for (int i = 0; i < kws->n; i++) {
        if (!gilt_c_expr(c, kws->items[i]->value))
            return false;
        GiltStr *s = gilt_str_intern_cstr(c->ts, kws->items[i]->arg);
        if (!s)
            return gilt_c_nomem(c);
        names->items[i] = OBJ_VAL(s);
    }
    return gilt_c_load_const(c, OBJ_VAL(names)) &&
           gilt_c_emit(c, method ? OP_CALL_METHOD_KW : OP_CALL_KW, n);
}

// [loc] for a method call's instructions; when the attribute [f] spans
// lines, they start at the attribute name (update_location_to_match_attr).
static void set_method_loc(Compiler *c, AstLoc loc, AstExpr *f) {
    gilt_c_set_loc(c, loc);
    if (f->loc.lineno != f->loc.end_lineno) {
        c->u->loc.line = f->loc.end_lineno;
        c->u->loc.col = f->loc.end_col_offset - (int)strlen(f->v.attribute.attr);
    }
}

static bool call(Compiler *c, AstExpr *e) {
    AstExpr *f = e->v.call.func;
    AstExprSeq *args = &e->v.call.args;
    AstKeywordSeq *kws = &e->v.call.keywords;
    bool plain = !has_starred(args);
    for (int i = 0; i < kws->n; i++)
        if (!kws->items[i]->arg)
            plain = false;
    if (f->kind == AST_ATTRIBUTE && f->v.attribute.ctx == AST_LOAD && plain) {
        const char *m = gilt_c_mangle(c, f->v.attribute.attr);
        if (!m || !gilt_c_expr(c, f->v.attribute.value))
            return false;
        set_method_loc(c, f->loc, f);
        if (!gilt_c_emit_cached(c, OP_LOAD_METHOD, m))
            return false;
        // The call spans the whole call (CPython's
        // maybe_optimize_method_call); compiling an argument restores it.
        set_method_loc(c, e->loc, f);
        bool ok = gilt_c_call_helper(c, 0, args, kws, true);
        gilt_c_set_loc(c, e->loc);
        return ok;
    }
    if (!gilt_c_expr(c, f))
        return false;
    gilt_c_set_loc(c, e->loc);
    return gilt_c_call_helper(c, 0, args, kws, false);
}

// ---- f-strings ----------------------------------------------------------------------------

static bool formatted(Compiler *c, AstExpr *e) {
    int conv = e->v.formattedvalue.conversion;
    int flags = conv == 's' ? GILT_FV_STR
                : conv == 'r' ? GILT_FV_REPR
                : conv == 'a' ? GILT_FV_ASCII
                              : GILT_FV_NONE;
    if (!gilt_c_expr(c, e->v.formattedvalue.value))
        return false;
    if (e->v.formattedvalue.format_spec) {
        if (!gilt_c_expr(c, e->v.formattedvalue.format_spec))
            return false;
        flags |= GILT_FV_SPEC;
    }
    return gilt_c_emit(c, OP_FORMAT_VALUE, flags);
}

static bool joined(Compiler *c, AstExpr *e) {
    AstExprSeq *parts = &e->v.joinedstr.values;
    if (parts->n == 0)
        return gilt_c_load_const(c, c->ts->vm->empty_str);
    for (int i = 0; i < parts->n; i++)
        if (!gilt_c_expr(c, parts->items[i]))
            return false;
    return parts->n == 1 ? true : gilt_c_emit(c, OP_BUILD_STRING, parts->n);
}

// ---- await / yield from -------------------------------------------------------------------

// The delegation loop of `yield from` and `await`: [iter] -> [result].
bool gilt_c_send_loop(Compiler *c) {
    int send = gilt_c_new_label(c), exit = gilt_c_new_label(c);
    return gilt_c_load_const(c, VAL_NONE) && gilt_c_place(c, send) &&
           gilt_c_emit_jump(c, OP_SEND, exit) &&
           gilt_c_emit(c, OP_YIELD_VALUE, 1) &&
           gilt_c_emit_jump(c, OP_JUMP_BACKWARD, send) && gilt_c_place(c, exit);
}

static bool yield(Compiler *c, AstExpr *e) {
    if (e->v.unary.value) {
        if (!gilt_c_expr(c, e->v.unary.value))
            return false;
    } else if (!gilt_c_load_const(c, VAL_NONE)) {
        return false;
    }
    if (c->u->scope->coroutine && !gilt_c_emit(c, OP_ASYNC_GEN_WRAP, 0))
        return false;
    return gilt_c_emit(c, OP_YIELD_VALUE, 0);
}

// ---- subscripts and attributes ------------------------------------------------------------

static bool slice_parts(Compiler *c, AstExpr *s) {
    AstExpr *parts[3] = {s->v.slice.lower, s->v.slice.upper, s->v.slice.step};
    int n = parts[2] ? 3 : 2;
    for (int i = 0; i < n; i++) {
        if (parts[i]) {
            if (!gilt_c_expr(c, parts[i]))
                return false;
        } else if (!gilt_c_load_const(c, VAL_NONE)) {
            return false;
        }
    }
    return gilt_c_emit(c, OP_BUILD_SLICE, n);
}

static bool subscript_key(Compiler *c, AstExpr *key) {
    return key->kind == AST_SLICE ? slice_parts(c, key) : gilt_c_expr(c, key);
}

// ---- expressions --------------------------------------------------------------------------

static bool unary(Compiler *c, AstExpr *e) {
    static const int ops[] = {OP_UNARY_INVERT, OP_UNARY_NOT, OP_UNARY_POSITIVE,
                              OP_UNARY_NEGATIVE};
    return gilt_c_expr(c, e->v.unaryop.operand) &&
           gilt_c_emit(c, ops[e->v.unaryop.op], 0);
}

static bool tuple(Compiler *c, AstExpr *e) {
    return display(c, &e->v.seq.elts, has_starred(&e->v.seq.elts) ? OP_BUILD_LIST
                                                                  : OP_BUILD_TUPLE,
                   OP_LIST_APPEND, OP_LIST_EXTEND, true);
}

static bool expr_inner(Compiler *c, AstExpr *e) {
    switch (e->kind) {
    case AST_BOOLOP:
        return boolop(c, e);
    case AST_NAMEDEXPR:
        return gilt_c_expr(c, e->v.namedexpr.value) && gilt_c_emit(c, OP_COPY, 1) &&
               gilt_c_store(c, e->v.namedexpr.target);
    case AST_BINOP:
        return gilt_c_expr(c, e->v.binop.left) && gilt_c_expr(c, e->v.binop.right) &&
               (gilt_c_set_loc(c, e->loc), true) &&
               gilt_c_emit(c, OP_BINARY_OP, (int)e->v.binop.op);
    case AST_UNARYOP:
        return unary(c, e);
    case AST_LAMBDA:
        return gilt_c_lambda(c, e);
    case AST_IFEXP:
        return ifexp(c, e);
    case AST_DICT:
        return dict_display(c, e);
    case AST_SET:
        return display(c, &e->v.set.elts, OP_BUILD_SET, OP_SET_ADD,
                       OP_SET_UPDATE, false);
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP:
    case AST_GENERATOREXP:
        return gilt_c_comprehension(c, e);
    case AST_AWAIT:
        return gilt_c_expr(c, e->v.unary.value) &&
               gilt_c_emit(c, OP_GET_AWAITABLE, 0) && gilt_c_send_loop(c);
    case AST_YIELD:
        return yield(c, e);
    case AST_YIELDFROM:
        return gilt_c_expr(c, e->v.unary.value) &&
               gilt_c_emit(c, OP_GET_YIELD_FROM_ITER, 0) && gilt_c_send_loop(c);
    case AST_COMPARE:
        return compare(c, e);
    case AST_CALL:
        return call(c, e);
    case AST_FORMATTEDVALUE:
        return formatted(c, e);
    case AST_JOINEDSTR:
        return joined(c, e);
    case AST_CONSTANT: {
        Value v = gilt_c_constant_value(c, &e->v.constant);
        return v && gilt_c_load_const(c, v);
    }
    case AST_ATTRIBUTE: {
        const char *m = gilt_c_mangle(c, e->v.attribute.attr);
        if (!m || !gilt_c_expr(c, e->v.attribute.value))
            return false;
        gilt_c_set_loc(c, e->loc);
        return gilt_c_emit_cached(c, OP_LOAD_ATTR, m);
    }
    case AST_SUBSCRIPT:
        return gilt_c_expr(c, e->v.subscript.value) &&
               subscript_key(c, e->v.subscript.slice) &&
               (gilt_c_set_loc(c, e->loc), true) &&
               gilt_c_emit(c, OP_BINARY_SUBSCR, 0);
    case AST_STARRED:
        return gilt_c_error(c, e->loc, "can't use starred expression here");
    case AST_NAME:
        return gilt_c_nameop(c, e->v.name.id, AST_LOAD);
    case AST_LIST:
        return display(c, &e->v.seq.elts, OP_BUILD_LIST, OP_LIST_APPEND,
                       OP_LIST_EXTEND, false);
    case AST_TUPLE:
        return tuple(c, e);
    case AST_SLICE:
        return slice_parts(c, e);
    }
    return gilt_c_error(c, e->loc, "unknown expression");
}

bool gilt_c_expr(Compiler *c, AstExpr *e) {
    if (++c->depth > MAX_DEPTH) {
        c->depth--;
        gilt_raise(c->ts, GILT_EXC_RECURSION_ERROR,
                   "maximum recursion depth exceeded during compilation");
        return false;
    }
    GiltLoc saved = c->u->loc;
    gilt_c_set_loc(c, e->loc);
    Value k = e->kind == AST_CONSTANT ? VAL_NULL : gilt_c_fold(c, e);
    bool ok = k ? gilt_c_load_const(c, k) : expr_inner(c, e);
    c->u->loc = saved;
    c->depth--;
    return ok;
}

// ---- assignment targets -------------------------------------------------------------------

static bool unpack(Compiler *c, AstExprSeq *elts, AstLoc loc) {
    int star = -1;
    for (int i = 0; i < elts->n; i++) {
        if (elts->items[i]->kind != AST_STARRED)
            continue;
        if (star >= 0)
            return gilt_c_error(c, elts->items[i]->loc,
                                "multiple starred expressions in assignment");
        star = i;
    }
    if (star < 0) {
        if (!gilt_c_emit(c, OP_UNPACK_SEQUENCE, elts->n))
            return false;
    } else {
        int after = elts->n - star - 1;
        if (star >= 256 || after >= (1 << 16))
            return gilt_c_error(c, loc,
                                "too many expressions in star-unpacking assignment");
        if (!gilt_c_emit(c, OP_UNPACK_EX, star | (after << 8)))
            return false;
    }
    for (int i = 0; i < elts->n; i++) {
        AstExpr *t = elts->items[i];
        if (!gilt_c_store(c, t->kind == AST_STARRED ? t->v.starred.value : t))
            return false;
    }
    return true;
}

bool gilt_c_store(Compiler *c, AstExpr *t) {
    GiltLoc saved = c->u->loc;
    gilt_c_set_loc(c, t->loc);
    bool ok;
    switch (t->kind) {
    case AST_NAME:
        ok = gilt_c_nameop(c, t->v.name.id, AST_STORE);
        break;
    case AST_ATTRIBUTE: {
        const char *m = gilt_c_mangle(c, t->v.attribute.attr);
        ok = m && gilt_c_forbidden(c, t->v.attribute.attr, AST_STORE) &&
             gilt_c_expr(c, t->v.attribute.value) &&
             gilt_c_emit_cached(c, OP_STORE_ATTR, m);
        break;
    }
    case AST_SUBSCRIPT:
        ok = gilt_c_expr(c, t->v.subscript.value) &&
             subscript_key(c, t->v.subscript.slice) &&
             gilt_c_emit(c, OP_STORE_SUBSCR, 0);
        break;
    case AST_TUPLE:
    case AST_LIST:
        ok = unpack(c, &t->v.seq.elts, t->loc);
        break;
    case AST_STARRED:
        ok = gilt_c_error(c, t->loc,
                          "starred assignment target must be in a list or tuple");
        break;
    default:
        ok = gilt_c_error(c, t->loc, "cannot assign to expression");
    }
    c->u->loc = saved;
    return ok;
}
