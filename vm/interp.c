/* interp.c - The eval loop.
 *
 * One C activation runs a chain of Python frames: a call to a Python
 * function pushes a frame on the thread's chunk stack and continues in the
 * same loop, and RETURN_VALUE pops back to the caller, so Python recursion
 * costs no C stack. A frame marked `entry` (started from C: gilt_call of a
 * function, a module body, a generator resumed by next()) returns to C.
 *
 * Registers: ip (next instruction), sp (value stack top), locals (the
 * frame's slots), consts. They live in C locals and are written back to
 * the frame (SAVE_FRAME) only when the frame stops running here: a call
 * that pushes a frame, a yield, a return. The GC does not need them (frame.h).
 *
 * Ticks: every instruction decrements a counter; at zero the loop looks at
 * the VM's eval breaker (GIL requests, Ctrl-C, a wanted collection). The
 * common case costs one decrement and a predictable branch. The counter
 * lives in the thread state between activations, so Python code called
 * over and over from C (a sort key, a map function) still reaches checks.
 *
 * Errors: `goto error` adds a traceback entry for the frame and looks the
 * instruction up in the exception table; a handler gets the value stack
 * cut to its depth, the instruction index if it asked, and the exception.
 * Without a handler the frame is popped and the caller's error path runs.
 */
#include "interp.h"

#include <math.h>

#include "../runtime/dict.h"
#include "../runtime/float.h"
#include "../runtime/func.h"
#include "../runtime/int.h"
#include "../runtime/list.h"
#include "../runtime/module.h"
#include "../runtime/slice.h"
#include "../runtime/str.h"
#include "../runtime/traceback.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "../runtime/gen.h"
#include "code.h"
#include "interp_ops.h"
#include "opcodes.h"

#define GEN_FLAGS                                                              \
    (GILT_CO_GENERATOR | GILT_CO_COROUTINE | GILT_CO_ASYNC_GENERATOR)

// ---- small-int fast paths -------------------------------------------------------------

// a op b for two small ints, or VAL_NULL when the generic path is needed
// (overflow, division by zero, shifts of large amounts, true division).
static inline Value int_fast(int op, int64_t x, int64_t y) {
    int64_t r;
    switch (op) {
    case GILT_OP_ADD:
        r = x + y;
        break;
    case GILT_OP_SUB:
        r = x - y;
        break;
    case GILT_OP_MUL:
        if (__builtin_mul_overflow(x, y, &r))
            return VAL_NULL;
        break;
    case GILT_OP_FLOORDIV:
        if (y == 0)
            return VAL_NULL;
        r = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0)))
            r--;
        break;
    case GILT_OP_MOD:
        if (y == 0)
            return VAL_NULL;
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0)))
            r += y;
        break;
    case GILT_OP_AND:
        return INT_VAL(x & y);
    case GILT_OP_OR:
        return INT_VAL(x | y);
    case GILT_OP_XOR:
        return INT_VAL(x ^ y);
    case GILT_OP_LSHIFT:
        if (y < 0 || y > 16)
            return VAL_NULL;
        r = x * ((int64_t)1 << y);
        break;
    case GILT_OP_RSHIFT:
        if (y < 0)
            return VAL_NULL;
        return INT_VAL(y > 63 ? (x < 0 ? -1 : 0) : x >> y);
    default:
        return VAL_NULL;
    }
    return gilt_smallint_fits(r) ? INT_VAL(r) : VAL_NULL;
}

static inline Value float_fast(int op, double x, double y) {
    switch (op) {
    case GILT_OP_ADD:
        return FLOAT_VAL(x + y);
    case GILT_OP_SUB:
        return FLOAT_VAL(x - y);
    case GILT_OP_MUL:
        return FLOAT_VAL(x * y);
    case GILT_OP_TRUEDIV:
        return y != 0.0 ? FLOAT_VAL(x / y) : VAL_NULL;
    default:
        return VAL_NULL;
    }
}

static inline int cmp_fast(int op, int c) {
    switch (op) {
    case GILT_LT:
        return c < 0;
    case GILT_LE:
        return c <= 0;
    case GILT_EQ:
        return c == 0;
    case GILT_NE:
        return c != 0;
    case GILT_GT:
        return c > 0;
    default:
        return c >= 0;
    }
}

static const GiltExcEntry *find_handler(GiltCode *code, uint32_t lasti) {
    for (uint32_t i = 0; i < code->nexc; i++) {
        const GiltExcEntry *e = &code->exc_table[i];
        if (lasti >= e->start && lasti < e->end)
            return e;
    }
    return NULL;
}

// ---- the loop -------------------------------------------------------------------------------

#if GILT_COMPUTED_GOTO
#define TARGET(op) L_##op:
// Fetch the next instruction, counting a tick.
#define DISPATCH_TICK()                                                        \
    do {                                                                       \
        insn = *ip++;                                                          \
        if (GILT_UNLIKELY(--ticks <= 0))                                       \
            goto eval_check;                                                   \
        goto *labels[insn & 0xFF];                                             \
    } while (0)
#if GILT_TICK_EVERY_INSN
#define DISPATCH() DISPATCH_TICK()
#else
#define DISPATCH()                                                             \
    do {                                                                       \
        insn = *ip++;                                                          \
        goto *labels[insn & 0xFF];                                             \
    } while (0)
#endif
#define DISPATCH_INSN() goto *labels[insn & 0xFF]
#else
#define TARGET(op) case OP_##op:
#define DISPATCH() goto dispatch
#define DISPATCH_TICK() goto dispatch
#define DISPATCH_INSN() goto dispatch_insn
#endif

#define ARG (insn >> 8)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(int)(n)])
#define JUMPTO(t) (ip = code_start + (t))
#define NAME(i) AS_STR(code->names->items[(i)])
#define SAVE_FRAME() (f->ip = ip, f->sp = sp)
#define LOAD_FRAME()                                                           \
    do {                                                                       \
        code = f->code;                                                        \
        code_start = code->code;                                               \
        ip = f->ip;                                                            \
        sp = f->sp;                                                            \
        locals = f->slots;                                                     \
        consts = code->consts->items;                                          \
    } while (0)
#define CHECK(r)                                                               \
    do {                                                                       \
        if (GILT_UNLIKELY(!(r)))                                               \
            goto error;                                                        \
    } while (0)
#define CHECKI(r)                                                              \
    do {                                                                       \
        if (GILT_UNLIKELY((r) < 0))                                            \
            goto error;                                                        \
    } while (0)

static Value run(GiltThread *ts, GiltFrame *f, bool *yielded) {
#if GILT_COMPUTED_GOTO
    static const void *const labels[256] = {
#define X(name, flags) [OP_##name] = &&L_##name,
        GILT_OPCODES(X)
#undef X
    };
#endif
    GiltVM *vm = ts->vm;
    GiltCode *code;
    const uint32_t *ip, *code_start;
    Value *sp, *locals;
    const Value *consts;
    uint32_t insn;
    int ticks = ts->ticks;
    size_t roots_base = ts->nroots;
    GiltType *t_func = vm->types[GILT_T_FUNCTION];
    // Shared by the call opcodes (call_common).
    Value callable, *args, *call_base;
    int nargs;
    GiltTuple *kwnames;

    *yielded = false;
    LOAD_FRAME();
    // A generator resumed by gilt_eval_resume with an exception to throw.
    if (f->gen && ts->exc)
        goto error;
#if GILT_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    insn = *ip++;
    if (GILT_UNLIKELY(--ticks <= 0))
        goto eval_check;
dispatch_insn:
    switch (insn & 0xFF) {
#endif

    TARGET(NOP) { DISPATCH(); }
    TARGET(POP_TOP) {
        sp--;
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(VAL_NULL);
        DISPATCH();
    }
    TARGET(COPY) {
        Value v = PEEK(ARG);
        PUSH(v);
        DISPATCH();
    }
    TARGET(SWAP) {
        Value v = sp[-1];
        sp[-1] = sp[-(int)ARG];
        sp[-(int)ARG] = v;
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        PUSH(consts[ARG]);
        DISPATCH();
    }
    TARGET(LOAD_FAST_CHECKED)
    TARGET(LOAD_FAST) {
        Value v = locals[ARG];
        if (GILT_UNLIKELY(!v)) {
            gilt_unbound_local(ts, f, ARG);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        locals[ARG] = POP();
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        if (!locals[ARG]) {
            gilt_unbound_local(ts, f, ARG);
            goto error;
        }
        locals[ARG] = VAL_NULL;
        DISPATCH();
    }
    TARGET(LOAD_FAST_LOAD_FAST) {
        Value a = locals[ARG & 0xFFF], b = locals[ARG >> 12];
        if (GILT_UNLIKELY(!a || !b)) {
            gilt_unbound_local(ts, f, !a ? ARG & 0xFFF : ARG >> 12);
            goto error;
        }
        sp[0] = a;
        sp[1] = b;
        sp += 2;
        DISPATCH();
    }
    TARGET(STORE_FAST_LOAD_FAST) {
        locals[ARG & 0xFFF] = POP();
        Value v = locals[ARG >> 12];
        if (GILT_UNLIKELY(!v)) {
            gilt_unbound_local(ts, f, ARG >> 12);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_FAST_LOAD_CONST) {
        Value v = locals[ARG & 0xFFF];
        if (GILT_UNLIKELY(!v)) {
            gilt_unbound_local(ts, f, ARG & 0xFFF);
            goto error;
        }
        sp[0] = v;
        sp[1] = consts[ARG >> 12];
        sp += 2;
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Value v = AS_CELL(locals[ARG])->value;
        if (GILT_UNLIKELY(!v)) {
            gilt_unbound_deref(ts, f, ARG);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        Value v = gilt_load_classderef(ts, f, ARG);
        CHECK(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        AS_CELL(locals[ARG])->value = POP();
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        GiltCell *c = AS_CELL(locals[ARG]);
        if (!c->value) {
            gilt_unbound_deref(ts, f, ARG);
            goto error;
        }
        c->value = VAL_NULL;
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        PUSH(locals[ARG]);
        DISPATCH();
    }
    TARGET(MAKE_CELL)
    TARGET(COPY_FREE_VARS)
    TARGET(RETURN_GENERATOR)
    TARGET(SETUP_FINALLY)
    TARGET(SETUP_CLEANUP)
    TARGET(SETUP_WITH)
    TARGET(POP_BLOCK)
    TARGET(COMPARE_JUMP)
    TARGET(BINARY_OP_CONST) {
        gilt_raise(ts, GILT_EXC_SYSTEM_ERROR, "unexpected opcode %u",
                   insn & 0xFF);
        goto error;
    }
    TARGET(LOAD_GLOBAL) {
        GiltCache *c = &code->caches[ARG];
        GiltDict *g = f->globals;
        Value v;
        if (c->kind == CACHE_GLOBAL && c->layout == g->layout) {
            v = g->entries[c->index].value;
        } else if (c->kind == CACHE_BUILTIN && c->layout == g->layout &&
                   c->layout2 == AS_DICT(f->builtins)->layout) {
            v = AS_DICT(f->builtins)->entries[c->index].value;
        } else {
            v = gilt_load_global_slow(ts, f, c);
            CHECK(v);
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        GiltCache *c = &code->caches[ARG];
        GiltDict *g = f->globals;
        Value v = TOP();
        if (c->kind == CACHE_GLOBAL && c->layout == g->layout) {
            g->entries[c->index].value = v;
        } else {
            CHECKI(gilt_store_global_slow(ts, f, c, v));
        }
        sp--;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        CHECKI(gilt_delete_global(ts, f, NAME(ARG)));
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        Value v = gilt_load_name(ts, f, NAME(ARG));
        CHECK(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        CHECKI(gilt_store_name(ts, f, NAME(ARG), TOP()));
        sp--;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        CHECKI(gilt_delete_name(ts, f, NAME(ARG)));
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        GiltCache *c = &code->caches[ARG];
        Value obj = TOP(), v;
        if (IS_OBJ(obj)) {
            GiltObject *o = AS_OBJ(obj);
            if (c->kind == CACHE_INSTANCE && o->type->version == c->version) {
                GiltDict *d = *(GiltDict **)((char *)o + c->layout2);
                if (d && (size_t)c->index < d->nentries &&
                    d->entries[c->index].key == code->names->items[c->name]) {
                    sp[-1] = d->entries[c->index].value;
                    DISPATCH();
                }
            } else if (c->kind == CACHE_MODULE && o->type == vm->types[GILT_T_MODULE]) {
                GiltDict *d = AS_MODULE(obj)->dict;
                if (&d->obj == c->owner && d->layout == c->layout) {
                    sp[-1] = d->entries[c->index].value;
                    DISPATCH();
                }
            }
        }
        v = gilt_load_attr_slow(ts, code, c, obj);
        CHECK(v);
        sp[-1] = v;
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        GiltCache *c = &code->caches[ARG];
        Value obj = TOP(), v = PEEK(2);
        if (IS_OBJ(obj) && c->kind == CACHE_INSTANCE &&
            AS_OBJ(obj)->type->version == c->version) {
            GiltDict *d = *(GiltDict **)((char *)AS_OBJ(obj) + c->layout2);
            if (d && (size_t)c->index < d->nentries &&
                d->entries[c->index].key == code->names->items[c->name]) {
                d->entries[c->index].value = v;
                sp -= 2;
                DISPATCH();
            }
        }
        CHECKI(gilt_store_attr_slow(ts, code, c, obj, v));
        sp -= 2;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        CHECKI(gilt_delattr(ts, TOP(), NAME(ARG)));
        sp--;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        GiltCache *c = &code->caches[ARG];
        Value obj = TOP();
        if (c->kind == CACHE_METHOD) {
            GiltType *t = gilt_typeof(ts, obj);
            if (t->version == c->version) {
                GiltDict *d = t->dict_offset && IS_OBJ(obj)
                                  ? *(GiltDict **)((char *)AS_OBJ(obj) + c->layout2)
                                  : NULL;
                if (!d || !d->len ||
                    gilt_dict_find_str(d, AS_STR(code->names->items[c->name])) < 0) {
                    sp[-1] = c->value;
                    PUSH(obj);
                    DISPATCH();
                }
            }
        } else if (c->kind == CACHE_MODULE && IS_OBJ(obj) &&
                   AS_OBJ(obj)->type == vm->types[GILT_T_MODULE]) {
            GiltDict *d = AS_MODULE(obj)->dict;
            if (&d->obj == c->owner && d->layout == c->layout) {
                sp[-1] = VAL_NULL;
                PUSH(d->entries[c->index].value);
                DISPATCH();
            }
        }
        Value meth, attr;
        CHECKI(gilt_load_method_slow(ts, code, c, obj, &meth, &attr));
        if (meth) {
            sp[-1] = meth;
            PUSH(obj);
        } else {
            sp[-1] = VAL_NULL;
            PUSH(attr);
        }
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        Value b = gilt_dict_get_str(ts, AS_DICT(f->builtins),
                                    GILT_NAME(ts, __build_class__));
        if (!b) {
            gilt_raise(ts, GILT_EXC_NAME_ERROR, "__build_class__ not found");
            goto error;
        }
        PUSH(b);
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(OBJ_VAL(vm->exc_types[GILT_EXC_ASSERTION_ERROR]));
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        Value v = TOP();
        if (IS_INT(v) && AS_INT(v) != GILT_SMALLINT_MIN) {
            sp[-1] = INT_VAL(-AS_INT(v));
        } else if (IS_FLOAT(v)) {
            sp[-1] = FLOAT_VAL(-AS_FLOAT(v));
        } else {
            Value r = gilt_unop(ts, v, GILT_UOP_NEG);
            CHECK(r);
            sp[-1] = r;
        }
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        Value v = TOP();
        if (!IS_INT(v) && !IS_FLOAT(v)) {
            Value r = gilt_unop(ts, v, GILT_UOP_POS);
            CHECK(r);
            sp[-1] = r;
        }
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        Value v = TOP();
        if (IS_INT(v)) {
            sp[-1] = INT_VAL(~AS_INT(v));
        } else {
            Value r = gilt_unop(ts, v, GILT_UOP_INVERT);
            CHECK(r);
            sp[-1] = r;
        }
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        Value v = TOP();
        if (v == VAL_TRUE || v == VAL_FALSE) {
            sp[-1] = v == VAL_TRUE ? VAL_FALSE : VAL_TRUE;
        } else {
            int t = gilt_truthy(ts, v);
            CHECKI(t);
            sp[-1] = BOOL_VAL(!t);
        }
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        Value b = sp[-1], a = sp[-2], r;
        int op = (int)ARG;
        if (op >= GILT_OP__INPLACE && (IS_INT(a) || IS_FLOAT(a)))
            op -= GILT_OP__INPLACE;
        if (BOTH_INT(a, b)) {
            r = int_fast(op, AS_INT(a), AS_INT(b));
            if (GILT_LIKELY(r != VAL_NULL)) {
                sp[-2] = r;
                sp--;
                DISPATCH();
            }
        } else if (IS_FLOAT(a) && IS_FLOAT(b)) {
            r = float_fast(op, AS_FLOAT(a), AS_FLOAT(b));
            if (r != VAL_NULL) {
                sp[-2] = r;
                sp--;
                DISPATCH();
            }
        }
        r = gilt_binop(ts, a, b, op);
        CHECK(r);
        sp[-2] = r;
        sp--;
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Value b = sp[-1], a = sp[-2], r;
        if (BOTH_INT(a, b)) {
            int64_t x = AS_INT(a), y = AS_INT(b);
            r = BOOL_VAL(cmp_fast((int)ARG, (x > y) - (x < y)));
        } else if (IS_FLOAT(a) && IS_FLOAT(b) && AS_FLOAT(a) == AS_FLOAT(a) &&
                   AS_FLOAT(b) == AS_FLOAT(b)) {
            double x = AS_FLOAT(a), y = AS_FLOAT(b);
            r = BOOL_VAL(cmp_fast((int)ARG, (x > y) - (x < y)));
        } else {
            r = gilt_richcompare(ts, a, b, (GiltCompareOp)ARG);
            CHECK(r);
        }
        sp[-2] = r;
        sp--;
        DISPATCH();
    }
    TARGET(IS_OP) {
        Value b = sp[-1], a = sp[-2];
        sp[-2] = BOOL_VAL((a == b) ^ (ARG != 0));
        sp--;
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        Value container = sp[-1], x = sp[-2];
        int r = gilt_contains(ts, container, x);
        CHECKI(r);
        sp[-2] = BOOL_VAL(r ^ (ARG != 0));
        sp--;
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Value key = sp[-1], obj = sp[-2], r;
        if (IS_OBJ(obj) && IS_INT(key)) {
            GiltType *t = AS_OBJ(obj)->type;
            int64_t i = AS_INT(key);
            if (t == vm->types[GILT_T_LIST]) {
                GiltList *l = AS_LIST(obj);
                if (i < 0)
                    i += (int64_t)l->len;
                if ((uint64_t)i < l->len) {
                    sp[-2] = l->items[i];
                    sp--;
                    DISPATCH();
                }
            } else if (t == vm->types[GILT_T_TUPLE]) {
                GiltTuple *tp = AS_TUPLE(obj);
                if (i < 0)
                    i += (int64_t)tp->len;
                if ((uint64_t)i < tp->len) {
                    sp[-2] = tp->items[i];
                    sp--;
                    DISPATCH();
                }
            }
        }
        if (IS_OBJ(obj) && AS_OBJ(obj)->type == vm->types[GILT_T_DICT]) {
            int found = gilt_dict_lookup(ts, AS_DICT(obj), key, &r);
            CHECKI(found);
            if (!found) {
                gilt_raise_value(ts, GILT_EXC_KEY_ERROR, key);
                goto error;
            }
        } else {
            r = gilt_getitem(ts, obj, key);
            CHECK(r);
        }
        sp[-2] = r;
        sp--;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        CHECKI(gilt_setitem(ts, sp[-2], sp[-1], sp[-3]));
        sp -= 3;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        CHECKI(gilt_delitem(ts, sp[-2], sp[-1]));
        sp -= 2;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        int n = (int)ARG;
        Value step = n == 3 ? POP() : VAL_NONE;
        Value s = gilt_slice_new(ts, sp[-2], sp[-1], step);
        CHECK(s);
        sp[-2] = s;
        sp--;
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        int n = (int)ARG;
        GiltTuple *t = gilt_tuple_from(ts, sp - n, (size_t)n);
        CHECK(t);
        sp -= n;
        PUSH(OBJ_VAL(t));
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        int n = (int)ARG;
        GiltList *l = gilt_list_from(ts, sp - n, (size_t)n);
        CHECK(l);
        sp -= n;
        PUSH(OBJ_VAL(l));
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        int n = (int)ARG;
        Value s = gilt_build_set(ts, sp - n, n);
        CHECK(s);
        sp -= n;
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        int n = (int)ARG;
        Value d = gilt_build_map(ts, sp - 2 * n, n);
        CHECK(d);
        sp -= 2 * n;
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
        gilt_raise(ts, GILT_EXC_SYSTEM_ERROR, "BUILD_CONST_KEY_MAP unused");
        goto error;
    }
    TARGET(BUILD_STRING) {
        int n = (int)ARG;
        Value s = gilt_build_string(ts, sp - n, n);
        CHECK(s);
        sp -= n;
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Value v = POP();
        CHECKI(gilt_list_append(ts, AS_LIST(PEEK(ARG)), v));
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Value v = POP();
        CHECKI(gilt_op_set_add(ts, PEEK(ARG), v));
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Value v = POP(), k = POP();
        CHECKI(gilt_dict_set(ts, AS_DICT(PEEK(ARG)), k, v));
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        Value it = TOP();
        if (gilt_list_extend(ts, AS_LIST(PEEK(ARG + 1)), it) < 0) {
            if (gilt_exc_matches(ts, GILT_EXC_TYPE_ERROR) &&
                !gilt_type_lookup(ts, gilt_typeof(ts, it), GILT_NAME(ts, __iter__)) &&
                !gilt_type_lookup(ts, gilt_typeof(ts, it), GILT_NAME(ts, __getitem__))) {
                gilt_exc_clear(ts);
                gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                           "Value after * must be an iterable, not %T", it);
            }
            goto error;
        }
        sp--;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        CHECKI(gilt_op_set_update(ts, PEEK(ARG + 1), TOP()));
        sp--;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Value other = TOP();
        if (gilt_dict_update(ts, AS_DICT(PEEK(ARG + 1)), other) < 0) {
            if (gilt_exc_matches(ts, GILT_EXC_ATTRIBUTE_ERROR) ||
                (gilt_exc_matches(ts, GILT_EXC_TYPE_ERROR) &&
                 !gilt_type_lookup(ts, gilt_typeof(ts, other), GILT_NAME(ts, keys)))) {
                gilt_exc_clear(ts);
                gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                           "'%T' object is not a mapping", other);
            }
            goto error;
        }
        sp--;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        CHECKI(gilt_dict_merge_kwargs(ts, PEEK(ARG + 1), TOP(), PEEK(ARG + 3)));
        sp--;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        GiltList *l = AS_LIST(TOP());
        GiltTuple *t = gilt_tuple_from(ts, l->items, l->len);
        CHECK(t);
        sp[-1] = OBJ_VAL(t);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        int flags = (int)ARG;
        Value spec = (flags & GILT_FV_SPEC) ? POP() : VAL_NULL;
        Value v = TOP();
        if (!(flags & 3) && !spec && GILT_IS(ts, v, STR))
            DISPATCH();
        Value r = gilt_format_value(ts, v, flags & 3, spec);
        CHECK(r);
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        Value seq = TOP();
        int n = (int)ARG;
        if (IS_OBJ(seq) && AS_OBJ(seq)->type == vm->types[GILT_T_TUPLE] &&
            AS_TUPLE(seq)->len == (size_t)n) {
            Value *items = AS_TUPLE(seq)->items;
            sp--;
            for (int i = n - 1; i >= 0; i--)
                PUSH(items[i]);
            DISPATCH();
        }
        if (IS_OBJ(seq) && AS_OBJ(seq)->type == vm->types[GILT_T_LIST] &&
            AS_LIST(seq)->len == (size_t)n) {
            Value *items = AS_LIST(seq)->items;
            sp--;
            for (int i = n - 1; i >= 0; i--)
                PUSH(items[i]);
            DISPATCH();
        }
        CHECKI(gilt_unpack(ts, seq, n, 0, false, sp - 1));
        sp += n - 1;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        int before = (int)(ARG & 0xFF), after = (int)(ARG >> 8);
        CHECKI(gilt_unpack(ts, TOP(), before, after, true, sp - 1));
        sp += before + after;
        DISPATCH();
    }
    TARGET(JUMP) {
        JUMPTO(ARG);
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD) {
        JUMPTO(ARG);
        DISPATCH_TICK();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        if (v == VAL_FALSE) {
            JUMPTO(ARG);
        } else if (v != VAL_TRUE) {
            int t = gilt_truthy(ts, v);
            CHECKI(t);
            if (!t)
                JUMPTO(ARG);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        if (v == VAL_TRUE) {
            JUMPTO(ARG);
        } else if (v != VAL_FALSE) {
            int t = gilt_truthy(ts, v);
            CHECKI(t);
            if (t)
                JUMPTO(ARG);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        if (POP() == VAL_NONE)
            JUMPTO(ARG);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        if (POP() != VAL_NONE)
            JUMPTO(ARG);
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        int t = gilt_truthy(ts, TOP());
        CHECKI(t);
        if (!t)
            JUMPTO(ARG);
        else
            sp--;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        int t = gilt_truthy(ts, TOP());
        CHECKI(t);
        if (t)
            JUMPTO(ARG);
        else
            sp--;
        DISPATCH();
    }
    TARGET(GET_ITER) {
        Value it = gilt_iter(ts, TOP());
        CHECK(it);
        sp[-1] = it;
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Value it = TOP();
        GiltIterNextFn next = AS_OBJ(it)->type->iternext;
        Value v = next ? next(ts, it) : gilt_slot_iternext(ts, it);
        if (GILT_LIKELY(v != VAL_NULL)) {
            PUSH(v);
            DISPATCH();
        }
        if (ts->exc)
            goto error;
        sp--;
        JUMPTO(ARG);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        int flags = (int)ARG, extra = __builtin_popcount((unsigned)flags & 15);
        Value fn = gilt_make_function(ts, f, TOP(), flags, sp - 1 - extra);
        CHECK(fn);
        sp -= extra;
        sp[-1] = fn;
        DISPATCH();
    }
    TARGET(CALL) {
        nargs = (int)ARG;
        args = sp - nargs;
        callable = args[-1];
        call_base = args - 1;
        kwnames = NULL;
        goto call_common;
    }
    TARGET(CALL_KW) {
        kwnames = AS_TUPLE(TOP());
        int n = (int)ARG;
        args = sp - 1 - n;
        nargs = n - (int)kwnames->len;
        callable = args[-1];
        call_base = args - 1;
        goto call_common;
    }
    TARGET(CALL_METHOD) {
        int n = (int)ARG;
        args = sp - n;
        call_base = args - 2;
        kwnames = NULL;
        if (args[-2]) {
            callable = args[-2];
            args--;
            nargs = n + 1;
        } else {
            callable = args[-1];
            nargs = n;
        }
        goto call_common;
    }
    TARGET(CALL_METHOD_KW) {
        kwnames = AS_TUPLE(TOP());
        int n = (int)ARG;
        args = sp - 1 - n;
        call_base = args - 2;
        nargs = n - (int)kwnames->len;
        if (args[-2]) {
            callable = args[-2];
            args--;
            nargs++;
        } else {
            callable = args[-1];
        }
        goto call_common;
    }
    TARGET(CALL_FUNCTION_EX) {
        Value kwargs = (ARG & 1) ? POP() : VAL_NULL;
        Value pos = POP();
        Value r = gilt_call_ex(ts, TOP(), pos, kwargs);
        ts->nroots = roots_base;
        CHECK(r);
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(RETURN_CONST) {
        PUSH(consts[ARG]);
        goto do_return;
    }
    TARGET(RETURN_VALUE) { goto do_return; }
    TARGET(RAISE_VARARGS) {
        Value cause = VAL_NULL, exc = VAL_NULL;
        if (ARG == 2)
            cause = POP();
        if (ARG >= 1)
            exc = POP();
        gilt_do_raise(ts, exc, cause);
        if (!exc && ts->exc)
            goto exception_unwind; // a bare `raise` keeps its traceback
        goto error;
    }
    TARGET(RERAISE) {
        ts->exc = POP();
        goto exception_unwind;
    }
    TARGET(PUSH_EXC_INFO) {
        Value exc = TOP();
        sp[-1] = ts->exc_info ? ts->exc_info : VAL_NONE;
        PUSH(exc);
        ts->exc_info = exc;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        Value prev = POP();
        ts->exc_info = prev == VAL_NONE ? VAL_NULL : prev;
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        int r = gilt_check_exc_match(ts, PEEK(2), TOP());
        CHECKI(r);
        sp[-1] = BOOL_VAL(r);
        DISPATCH();
    }
    TARGET(BEFORE_WITH) {
        Value exit, res;
        CHECKI(gilt_before_with(ts, TOP(), &exit, &res, false));
        sp[-1] = exit;
        PUSH(res);
        DISPATCH();
    }
    TARGET(BEFORE_ASYNC_WITH) {
        Value exit, res;
        CHECKI(gilt_before_with(ts, TOP(), &exit, &res, true));
        sp[-1] = exit;
        PUSH(res);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        Value r = gilt_with_exit_call(ts, PEEK(4), TOP());
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        Value fromlist = POP(), level = TOP();
        SAVE_FRAME();
        Value m = gilt_import_name(ts, f, NAME(ARG), fromlist, level);
        CHECK(m);
        sp[-1] = m;
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        Value v = gilt_import_from(ts, TOP(), NAME(ARG));
        CHECK(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        CHECKI(gilt_import_star(ts, f, TOP()));
        sp--;
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        CHECKI(gilt_setup_annotations(ts, f));
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        CHECKI(gilt_print_expr(ts, TOP()));
        sp--;
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        Value v = POP();
        SAVE_FRAME();
        *yielded = true;
        ts->frame = f->prev;
        f->prev = NULL;
        ts->nroots = roots_base;
        ts->ticks = ticks;
        return v;
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Value it = gilt_get_yield_from_iter(ts, TOP());
        CHECK(it);
        sp[-1] = it;
        DISPATCH();
    }
    TARGET(SEND) {
        Value v = POP(), out;
        int r = gilt_send(ts, TOP(), v, &out);
        CHECKI(r);
        if (r) {
            PUSH(out);
        } else {
            sp[-1] = out;
            JUMPTO(ARG);
        }
        DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
        Value a = gilt_get_awaitable(ts, TOP(), (int)ARG);
        CHECK(a);
        sp[-1] = a;
        DISPATCH();
    }
    TARGET(GET_AITER) {
        Value a = gilt_get_aiter(ts, TOP());
        CHECK(a);
        sp[-1] = a;
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        Value a = gilt_get_anext(ts, TOP());
        CHECK(a);
        PUSH(a);
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        Value exc = TOP();
        if (gilt_isinstance_type(ts, exc, vm->exc_types[GILT_EXC_STOP_ASYNC_ITERATION])) {
            sp -= 2;
            DISPATCH();
        }
        ts->exc = exc;
        sp--;
        goto exception_unwind;
    }
    TARGET(ASYNC_GEN_WRAP) {
        Value w = gilt_async_gen_wrap(ts, TOP());
        CHECK(w);
        sp[-1] = w;
        DISPATCH();
    }
#if !GILT_COMPUTED_GOTO
    default:
        gilt_raise(ts, GILT_EXC_SYSTEM_ERROR, "bad opcode %u", insn & 0xFF);
        goto error;
    }
#endif

call_common:
    // [callable] with [nargs] positional [args] (+ keyword values), result
    // replaces everything from [call_base].
    if (IS_OBJ(callable)) {
        GiltType *t = AS_OBJ(callable)->type;
        if (t == t_func && !(AS_FUNCTION(callable)->code->flags & GEN_FLAGS)) {
            GiltFrame *nf = gilt_frame_for_call(ts, AS_FUNCTION(callable), args,
                                                nargs, kwnames);
            CHECK(nf);
            f->ip = ip;
            f->sp = call_base;
            nf->prev = f;
            ts->frame = nf;
            f = nf;
            LOAD_FRAME();
            DISPATCH();
        }
        if (t == vm->types[GILT_T_METHOD]) {
            // Unpack a bound method in place: [func, self, args...]. CALL's
            // layout has no spare slot below the arguments, so they move up
            // one (frames have one slot of slack for this).
            GiltMethod *m = AS_METHOD(callable);
            if (call_base + 1 == args)
                memmove(args + 1, args,
                        (size_t)(nargs + (kwnames ? (int)kwnames->len : 0)) *
                            sizeof(Value));
            call_base[0] = m->func;
            call_base[1] = m->self;
            args = call_base + 1;
            nargs++;
            callable = m->func;
            goto call_common;
        }
        if (t == vm->types[GILT_T_METHOD_DESCR] && nargs >= 1) {
            GiltMethodDescr *d = (GiltMethodDescr *)AS_OBJ(callable);
            if (gilt_typeof(ts, args[0])->solid == d->type->solid ||
                gilt_isinstance_type(ts, args[0], d->type)) {
                Value r = gilt_native_call(ts, d->def, d->type, args, nargs, kwnames);
                ts->nroots = roots_base;
                CHECK(r);
                sp = call_base;
                PUSH(r);
                DISPATCH();
            }
        }
    }
    {
        SAVE_FRAME();
        Value r = gilt_call(ts, callable, args, nargs, kwnames);
        ts->nroots = roots_base;
        CHECK(r);
        sp = call_base;
        PUSH(r);
        DISPATCH();
    }

do_return : {
    Value retval = POP();
    if (f->entry || f->gen) {
        SAVE_FRAME();
        ts->frame = f->prev;
        if (!f->on_heap) {
            ts->depth--;
            gilt_frame_pop(ts, f);
        } else {
            f->prev = NULL;
        }
        ts->nroots = roots_base;
        ts->ticks = ticks;
        return retval;
    }
    GiltFrame *caller = f->prev;
    ts->frame = caller;
    ts->depth--;
    gilt_frame_pop(ts, f);
    f = caller;
    LOAD_FRAME();
    PUSH(retval);
    DISPATCH_TICK();
}

eval_check:
    ticks = vm->poll_ticks;
    SAVE_FRAME();
    if (gilt_eval_check(ts) < 0)
        goto error;
    DISPATCH_INSN();

error : {
    uint32_t lasti = (uint32_t)(ip - code_start) - 1;
    gilt_traceback_add(ts, code, f->globals, lasti);
}
exception_unwind : {
    uint32_t lasti = (uint32_t)(ip - code_start) - 1;
    const GiltExcEntry *h = find_handler(code, lasti);
    if (h) {
        sp = locals + gilt_code_nlocalsplus(code) + h->depth;
        if (h->lasti)
            PUSH(INT_VAL((int64_t)lasti));
        PUSH(ts->exc);
        ts->exc = VAL_NULL;
        JUMPTO(h->handler);
        DISPATCH();
    }
    ts->nroots = roots_base;
    if (f->entry || f->gen) {
        SAVE_FRAME();
        ts->frame = f->prev;
        if (!f->on_heap) {
            ts->depth--;
            gilt_frame_pop(ts, f);
        } else {
            f->prev = NULL;
        }
        ts->ticks = ticks;
        return VAL_NULL;
    }
    GiltFrame *caller = f->prev;
    ts->frame = caller;
    ts->depth--;
    gilt_frame_pop(ts, f);
    f = caller;
    LOAD_FRAME();
    goto error;
}
}

// ---- entry points -----------------------------------------------------------------------------

Value gilt_eval_run(GiltThread *ts, GiltFrame *f) {
    bool yielded;
    f->entry = true;
    return run(ts, f, &yielded);
}

Value gilt_eval_resume(GiltThread *ts, GiltFrame *f, Value sent, bool *done) {
    bool yielded;
    if (sent)
        *f->sp++ = sent;
    f->prev = ts->frame;
    ts->frame = f;
    Value r = run(ts, f, &yielded);
    *done = !yielded;
    return r;
}

Value gilt_function_call(GiltThread *ts, Value func, Value *args, int nargs,
                         GiltTuple *kwnames) {
    GiltFunction *fn = AS_FUNCTION(func);
    if (fn->code->flags & GEN_FLAGS)
        return gilt_gen_new(ts, fn, args, nargs, kwnames);
    if (++ts->c_depth > GILT_C_RECURSION_LIMIT) {
        ts->c_depth--;
        return gilt_raise(ts, GILT_EXC_RECURSION_ERROR,
                          "maximum recursion depth exceeded while calling a "
                          "Python object");
    }
    GiltFrame *f = gilt_frame_for_call(ts, fn, args, nargs, kwnames);
    Value r = VAL_NULL;
    if (f) {
        f->prev = ts->frame;
        ts->frame = f;
        // The stress collection runs once the frame holds the arguments:
        // arguments passed from C are safe for the length of the call.
        if (GILT_DEBUG_STRESS_GC)
            gilt_gc_collect(ts);
        r = gilt_eval_run(ts, f);
    }
    ts->c_depth--;
    return r;
}

Value gilt_eval_code(GiltThread *ts, GiltCode *code, GiltDict *globals,
                     Value locals) {
    if (gilt_check_depth(ts) < 0)
        return VAL_NULL;
    GiltFrame *f = gilt_frame_push(ts, gilt_code_nlocalsplus(code) + code->stacksize + 1);
    if (!f)
        return VAL_NULL;
    ts->depth++;
    f->code = code;
    f->globals = globals;
    Value b = gilt_dict_get_str(ts, globals, GILT_NAME(ts, __builtins__));
    if (b && GILT_IS(ts, b, MODULE))
        b = OBJ_VAL(AS_MODULE(b)->dict);
    f->builtins = b && GILT_IS_SUB(ts, b, GILT_TF_DICT_SUB) ? b : ts->vm->builtins;
    f->locals = locals;
    f->ip = code->code;
    f->sp = f->slots + gilt_code_nlocalsplus(code);
    f->prev = ts->frame;
    ts->frame = f;
    return gilt_eval_run(ts, f);
}
