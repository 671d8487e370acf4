/* asyncgen.c - Async generators (PEP 525).
 *
 * An async generator's frame mixes two kinds of yields: `yield v` in the
 * source (ASYNC_GEN_WRAP wraps v first) produces a value for `async for`,
 * while an `await` inside passes its yields up to the event loop. The
 * awaitables returned by __anext__/asend/athrow/aclose resume the frame and
 * tell the two apart: a wrapped value ends the await with StopIteration(v);
 * anything else is yielded on to the caller.
 */
#include "../vm/gc.h"
#include "../vm/interp_ops.h"
#include "gen.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

typedef struct GiltWrapped {
    GiltObject obj;
    Value value;
} GiltWrapped;

enum { AWAIT_INIT, AWAIT_ITER, AWAIT_CLOSED };

// asend (and athrow/aclose when [throwing]).
typedef struct GiltASend {
    GiltObject obj;
    Value gen;
    Value value;  // the value to send
    // athrow(typ[, val[, tb]]): checked when first awaited, as CPython
    // does (athrow(1) alone raises nothing).
    Value thrown[3];
    int nthrown;
    uint8_t state;
    bool throwing;
    bool closing; // aclose(): GeneratorExit
} GiltASend;

#define AS_ASEND(v) ((GiltASend *)AS_OBJ(v))

Value gilt_async_gen_wrap(GiltThread *ts, Value v) {
    GiltWrapped *w = gilt_gc_alloc(ts, GILT_TYPE(ts, ASYNC_GEN_WRAPPED), sizeof(GiltWrapped));
    if (!w)
        return VAL_NULL;
    w->value = v;
    return OBJ_VAL(w);
}

bool gilt_is_async_gen_wrapped(GiltThread *ts, Value v, Value *inner) {
    if (!GILT_IS(ts, v, ASYNC_GEN_WRAPPED))
        return false;
    *inner = ((GiltWrapped *)AS_OBJ(v))->value;
    return true;
}

static Value new_await(GiltThread *ts, Value gen, Value value, bool throwing,
                       bool closing) {
    GiltASend *a = gilt_gc_alloc(ts, GILT_TYPE(ts, ASYNC_GEN_ASEND), sizeof(GiltASend));
    if (!a)
        return VAL_NULL;
    a->gen = gen;
    a->value = value;
    a->throwing = throwing;
    a->closing = closing;
    return OBJ_VAL(a);
}

Value gilt_async_gen_anext(GiltThread *ts, Value gen) {
    return new_await(ts, gen, VAL_NONE, false, false);
}

// Interpret what the generator frame produced for this await.
static Value finish_step(GiltThread *ts, GiltASend *a, Value r, bool done) {
    GiltGen *g = AS_GEN(a->gen);
    Value inner;
    if (r && !done) {
        if (!gilt_is_async_gen_wrapped(ts, r, &inner))
            return r; // an inner await's yield, for the event loop
        a->state = AWAIT_CLOSED;
        g->running_async = false;
        if (a->closing)
            return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR,
                              "async generator ignored GeneratorExit");
        return gilt_raise_value(ts, GILT_EXC_STOP_ITERATION,
                                inner == VAL_NONE ? VAL_NULL : inner);
    }
    a->state = AWAIT_CLOSED;
    g->running_async = false;
    if (r)
        return a->closing ? gilt_raise_value(ts, GILT_EXC_STOP_ITERATION, VAL_NULL)
                          : gilt_raise_value(ts, GILT_EXC_STOP_ASYNC_ITERATION,
                                             VAL_NULL);
    if (a->closing && (gilt_exc_matches(ts, GILT_EXC_STOP_ASYNC_ITERATION) ||
                       gilt_exc_matches(ts, GILT_EXC_GENERATOR_EXIT))) {
        gilt_exc_clear(ts);
        return gilt_raise_value(ts, GILT_EXC_STOP_ITERATION, VAL_NULL);
    }
    return VAL_NULL;
}

static Value await_send(GiltThread *ts, Value self, Value v) {
    GiltASend *a = AS_ASEND(self);
    GiltGen *g = AS_GEN(a->gen);
    bool done;
    if (a->state == AWAIT_CLOSED)
        return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR,
                          "cannot reuse already awaited __anext__()/asend()");
    if (a->state == AWAIT_INIT) {
        if (g->running_async)
            return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR,
                              "%s(): asynchronous generator is already running",
                              a->closing ? "aclose" : a->throwing ? "athrow" : "anext");
        if (g->state == GEN_CLOSED) {
            a->state = AWAIT_CLOSED;
            if (a->closing)
                return gilt_raise_value(ts, GILT_EXC_STOP_ITERATION, VAL_NULL);
            return gilt_raise_value(ts, GILT_EXC_STOP_ASYNC_ITERATION, VAL_NULL);
        }
        a->state = AWAIT_ITER;
        g->running_async = true;
        if (a->throwing) {
            Value targs[4] = {a->gen, a->thrown[0], a->thrown[1], a->thrown[2]};
            Value exc = a->closing ? gilt_call0(ts, OBJ_VAL(ts->vm->exc_types
                                                               [GILT_EXC_GENERATOR_EXIT]))
                                   : gilt_gen_make_thrown(ts, targs, 1 + a->nthrown);
            if (!exc) {
                a->state = AWAIT_CLOSED;
                g->running_async = false;
                return VAL_NULL;
            }
            Value r = gilt_gen_throw_ex(ts, a->gen, exc, &done);
            return finish_step(ts, a, r, done);
        }
        v = v == VAL_NONE ? a->value : v;
    }
    Value r = gilt_gen_send_ex(ts, a->gen, v, &done);
    return finish_step(ts, a, r, done);
}

static Value asend_next(GiltThread *ts, Value self) {
    return await_send(ts, self, VAL_NONE);
}

static Value asend_send(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return await_send(ts, args[0], args[1]);
}

static Value asend_throw(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltASend *a = AS_ASEND(args[0]);
    if (a->state == AWAIT_CLOSED)
        return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR,
                          "cannot reuse already awaited __anext__()/asend()");
    Value exc = gilt_gen_make_thrown(ts, args, nargs);
    if (!exc)
        return VAL_NULL;
    bool done;
    if (a->state == AWAIT_INIT)
        a->state = AWAIT_ITER;
    AS_GEN(a->gen)->running_async = true;
    Value r = gilt_gen_throw_ex(ts, a->gen, exc, &done);
    return finish_step(ts, a, r, done);
}

static Value asend_close(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    AS_ASEND(args[0])->state = AWAIT_CLOSED;
    return VAL_NONE;
}

static const GiltMethodDef asend_methods[] = {
    {"send", asend_send, 1, 1, 0},
    {"throw", asend_throw, 1, 3, 0},
    {"close", asend_close, 0, 0, 0},
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__await__", gilt_iter_self, 0, 0, 0},
    {NULL}};

static void asend_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((GiltASend *)o)->gen);
    gilt_gc_mark(gc, ((GiltASend *)o)->value);
    gilt_gc_mark_values(gc, ((GiltASend *)o)->thrown, 3);
}

// ---- the async generator's methods ------------------------------------------------------

static Value agen_anext(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return new_await(ts, args[0], VAL_NONE, false, false);
}

static Value agen_asend(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return new_await(ts, args[0], args[1], false, false);
}

static Value agen_athrow(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value a = new_await(ts, args[0], VAL_NONE, true, false);
    if (a) {
        for (int i = 1; i < nargs; i++)
            AS_ASEND(a)->thrown[i - 1] = args[i];
        AS_ASEND(a)->nthrown = nargs - 1;
    }
    return a;
}

static Value agen_aclose(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return new_await(ts, args[0], VAL_NULL, true, true);
}

static Value agen_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltGen *g = AS_GEN(args[0]);
    return gilt_str_printf(ts, "<async_generator object %s at %p>",
                           AS_STR(g->qualname)->data, (void *)g);
}

static Value agen_get_name(GiltThread *ts, Value self) {
    return AS_GEN(self)->name;
}

static Value agen_get_qualname(GiltThread *ts, Value self) {
    return AS_GEN(self)->qualname;
}

static Value agen_get_running(GiltThread *ts, Value self) {
    return BOOL_VAL(AS_GEN(self)->running_async);
}

static Value agen_get_code(GiltThread *ts, Value self) {
    return AS_GEN(self)->code;
}

static const GiltMethodDef agen_methods[] = {
    {"__aiter__", gilt_iter_self, 0, 0, 0},
    {"__anext__", agen_anext, 0, 0, 0},
    {"asend", agen_asend, 1, 1, 0},
    {"athrow", agen_athrow, 1, 3, 0},
    {"aclose", agen_aclose, 0, 0, 0},
    {"__repr__", agen_repr, 0, 0, 0},
    {NULL}};

static const GiltGetSetDef agen_getsets[] = {
    {"__name__", agen_get_name, NULL},
    {"__qualname__", agen_get_qualname, NULL},
    {"ag_running", agen_get_running, NULL},
    {"ag_code", agen_get_code, NULL},
    {NULL}};

static void wrapped_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((GiltWrapped *)o)->value);
}

int gilt_asyncgen_init_types(GiltThread *ts) {
    GiltType *gen = GILT_TYPE(ts, GENERATOR);
    GiltTypeSpec agen = {
        .name = "async_generator",
        .basicsize = gen->basicsize,
        .varsize = gen->varsize,
        .methods = agen_methods,
        .getsets = agen_getsets,
        .trace = gen->trace,
    };
    static const GiltTypeSpec asend = {
        .name = "async_generator_asend",
        .basicsize = sizeof(GiltASend),
        .methods = asend_methods,
        .iternext = asend_next,
        .trace = asend_trace,
    };
    static const GiltTypeSpec wrapped = {
        .name = "async_generator_wrapped_value",
        .basicsize = sizeof(GiltWrapped),
        .trace = wrapped_trace,
    };
    if (!gilt_type_from_spec(ts, &agen, GILT_T_ASYNC_GENERATOR) ||
        !gilt_type_from_spec(ts, &asend, GILT_T_ASYNC_GEN_ASEND) ||
        !gilt_type_from_spec(ts, &wrapped, GILT_T_ASYNC_GEN_WRAPPED))
        return -1;
    return 0;
}

// ---- async for -------------------------------------------------------------------------

Value gilt_get_aiter(GiltThread *ts, Value v) {
    bool found;
    Value it = gilt_call_dunder(ts, v, GILT_NAME(ts, __aiter__), NULL, 0, &found);
    if (!found)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "'async for' requires an object with __aiter__ method, "
                          "got %T",
                          v);
    if (it && !gilt_type_lookup(ts, gilt_typeof(ts, it), GILT_NAME(ts, __anext__)))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "'async for' received an object from __aiter__ that "
                          "does not implement __anext__: %T",
                          it);
    return it;
}

Value gilt_get_anext(GiltThread *ts, Value aiter) {
    if (GILT_IS(ts, aiter, ASYNC_GENERATOR))
        return gilt_async_gen_anext(ts, aiter);
    bool found;
    Value a = gilt_call_dunder(ts, aiter, GILT_NAME(ts, __anext__), NULL, 0, &found);
    if (!found)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "'async for' requires an iterator with __anext__ "
                          "method, got %T",
                          aiter);
    if (!a)
        return VAL_NULL;
    Value aw = gilt_get_awaitable(ts, a, 0);
    if (!aw && gilt_exc_matches(ts, GILT_EXC_TYPE_ERROR)) {
        gilt_exc_clear(ts);
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "'async for' received an invalid object from "
                          "__anext__: %T",
                          a);
    }
    return aw;
}
