/* gen.c - Generators and coroutines.
 *
 * A generator owns its frame (inline in the object) and resumes it through
 * gilt_eval_resume. When suspended inside `yield from` / `await` (a
 * YIELD_VALUE with argument 1, right after its SEND), the delegate is the
 * top of the frame's stack: throw() and close() go to it first, and when
 * it finishes, the frame continues at the SEND's exit with its result.
 *
 * PEP 479: a StopIteration escaping the frame becomes RuntimeError.
 * A generator abandoned before finishing is closed by the collector's
 * finalizers (vm/gc_finalize.c) once it is found unreachable, not at once
 * (tests/cpydiff/finalizer_timing.py).
 */
#include "gen.h"

#include "../vm/code.h"
#include "../vm/frame.h"
#include "../vm/gc.h"
#include "../vm/interp.h"
#include "../vm/interp_ops.h"
#include "../vm/opcodes.h"
#include "frameobj.h"
#include "func.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

bool gilt_is_gen(GiltThread *ts, Value v) {
    return GILT_IS(ts, v, GENERATOR) || GILT_IS(ts, v, COROUTINE);
}

static bool is_coro(GiltThread *ts, Value v) {
    return GILT_IS(ts, v, COROUTINE);
}

static const char *kind_name(GiltThread *ts, Value g) {
    return is_coro(ts, g) ? "coroutine"
           : GILT_IS(ts, g, ASYNC_GENERATOR) ? "async generator"
                                               : "generator";
}

Value gilt_gen_new(GiltThread *ts, GiltFunction *fn, Value *args, int nargs,
                   GiltTuple *kwnames) {
    GiltCode *co = fn->code;
    uint32_t nslots = gilt_code_nlocalsplus(co) + co->stacksize + 1;
    GiltTypeId id = (co->flags & GILT_CO_COROUTINE)         ? GILT_T_COROUTINE
                    : (co->flags & GILT_CO_ASYNC_GENERATOR) ? GILT_T_ASYNC_GENERATOR
                                                            : GILT_T_GENERATOR;
    size_t size = offsetof(GiltGen, storage) + gilt_frame_size(nslots);
    GiltGen *g = gilt_gc_alloc(ts, ts->vm->types[id], size);
    if (!g)
        return VAL_NULL;
    GiltFrame *f = (GiltFrame *)g->storage;
    f->nslots = nslots;
    f->on_heap = true;
    f->gen = OBJ_VAL(g);
    g->frame = f;
    g->name = fn->name;
    g->qualname = fn->qualname;
    g->code = OBJ_VAL(co);
    g->state = GEN_CREATED;
    if (gilt_frame_bind(ts, f, fn, args, nargs, kwnames) < 0)
        return VAL_NULL;
    return OBJ_VAL(g);
}

// ---- resuming --------------------------------------------------------------------

// PEP 479: StopIteration (or StopAsyncIteration in an async generator)
// leaving the frame turns into RuntimeError.
static void convert_stop(GiltThread *ts, Value g) {
    bool agen = GILT_IS(ts, g, ASYNC_GENERATOR);
    if (!gilt_exc_matches(ts, GILT_EXC_STOP_ITERATION) &&
        !(agen && gilt_exc_matches(ts, GILT_EXC_STOP_ASYNC_ITERATION)))
        return;
    Value orig = gilt_exc_fetch(ts);
    const char *what = gilt_isinstance_type(
                           ts, orig, ts->vm->exc_types[GILT_EXC_STOP_ITERATION])
                           ? "StopIteration"
                           : "StopAsyncIteration";
    gilt_gc_push_root(ts, orig);
    gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "%s raised %s", kind_name(ts, g), what);
    gilt_gc_pop_root(ts);
    if (ts->exc) {
        GiltException *e = (GiltException *)AS_OBJ(ts->exc);
        e->cause = orig;
        e->context = orig;
        e->suppress_context = true;
    }
}

static Value already_running(GiltThread *ts, Value gen) {
    return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "%s already executing",
                      kind_name(ts, gen));
}

// Resume [gen]: push [v] first unless VAL_NULL; [thrown]: the exception
// in flight is raised at the suspension point instead.
static Value gen_resume(GiltThread *ts, Value gen, Value v, bool thrown,
                        bool *done) {
    GiltGen *g = AS_GEN(gen);
    Value caller_exc = ts->exc_info;
    if (g->exc_state)
        ts->exc_info = g->exc_state;
    g->state = GEN_RUNNING;
    ts->depth++;
    Value r = gilt_eval_resume(ts, g->frame, thrown ? VAL_NULL : v, done);
    ts->depth--;
    g->exc_state = ts->exc_info != caller_exc ? ts->exc_info : VAL_NULL;
    ts->exc_info = caller_exc;
    if (!*done) {
        g->state = GEN_SUSPENDED;
        return r;
    }
    g->state = GEN_CLOSED;
    g->exc_state = VAL_NULL;
    if (!r)
        convert_stop(ts, gen);
    return r;
}

Value gilt_gen_send_ex(GiltThread *ts, Value gen, Value v, bool *done) {
    GiltGen *g = AS_GEN(gen);
    *done = true;
    if (g->state == GEN_RUNNING)
        return already_running(ts, gen);
    if (g->state == GEN_CLOSED) {
        if (!v)
            return VAL_NULL; // the thrown exception propagates
        if (is_coro(ts, gen))
            return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR,
                              "cannot reuse already awaited coroutine");
        return VAL_NULL;
    }
    if (g->state == GEN_CREATED) {
        if (!v) {
            g->state = GEN_CLOSED;
            return VAL_NULL;
        }
        if (v != VAL_NONE)
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "can't send non-None value to a just-started %s",
                              kind_name(ts, gen));
        // Nothing receives a value at the first instruction.
        return gen_resume(ts, gen, VAL_NULL, false, done);
    }
    return gen_resume(ts, gen, v, v == VAL_NULL, done);
}

static Value stop_with(GiltThread *ts, Value r) {
    if (r == VAL_NONE)
        return gilt_raise_value(ts, GILT_EXC_STOP_ITERATION, VAL_NULL);
    return gilt_raise_value(ts, GILT_EXC_STOP_ITERATION, r);
}

Value gilt_gen_next(GiltThread *ts, Value gen) {
    bool done;
    Value r = gilt_gen_send_ex(ts, gen, VAL_NONE, &done);
    if (done && r)
        return stop_with(ts, r);
    if (done && !ts->exc)
        return gilt_raise_value(ts, GILT_EXC_STOP_ITERATION, VAL_NULL);
    return r;
}

// The iternext hook: exhaustion is VAL_NULL without an exception, so the
// return value is dropped (loops don't see it; next() and __next__ raise
// StopIteration(value) through gilt_gen_next).
static Value gen_iternext(GiltThread *ts, Value gen) {
    bool done;
    Value r = gilt_gen_send_ex(ts, gen, VAL_NONE, &done);
    return done && r ? VAL_NULL : r;
}

// ---- delegation (yield from / await) -------------------------------------------------

// The delegate a suspended frame is waiting on, or VAL_NULL.
static Value yielding_from(GiltGen *g) {
    if (g->state != GEN_SUSPENDED)
        return VAL_NULL;
    GiltFrame *f = g->frame;
    const uint32_t *ip = f->ip;
    if (ip - 2 < f->code->code || GILT_OP(ip[-1]) != OP_YIELD_VALUE ||
        GILT_ARG(ip[-1]) != 1)
        return VAL_NULL;
    return f->sp[-1];
}

// The delegate finished with [result]: continue after the SEND loop.
static Value resume_after_delegate(GiltThread *ts, Value gen, Value result,
                                   bool *done) {
    GiltFrame *f = AS_GEN(gen)->frame;
    f->sp[-1] = result;
    f->ip = f->code->code + GILT_ARG(f->ip[-2]);
    return gen_resume(ts, gen, VAL_NULL, false, done);
}

Value gilt_gen_throw_ex(GiltThread *ts, Value gen, Value exc, bool *done) {
    GiltGen *g = AS_GEN(gen);
    Value yf = yielding_from(g);
    if (yf && gilt_isinstance_type(ts, exc, ts->vm->exc_types[GILT_EXC_GENERATOR_EXIT])) {
        // GeneratorExit closes the delegate, then the generator itself.
        g->state = GEN_RUNNING;
        Value c = gilt_getattr_opt(ts, yf, GILT_NAME(ts, close));
        Value r = c ? gilt_call0(ts, c) : VAL_NONE;
        g->state = GEN_SUSPENDED;
        if (!r && ts->exc) {
            *done = false;
            return gilt_gen_send_ex(ts, gen, VAL_NULL, done);
        }
    } else if (yf) {
        g->state = GEN_RUNNING;
        Value r;
        bool sub_done = false;
        if (gilt_is_gen(ts, yf) || GILT_IS(ts, yf, ASYNC_GEN_ASEND)) {
            r = VAL_NULL;
            gilt_gc_push_root(ts, exc);
            gilt_raise_obj(ts, exc);
            gilt_gc_pop_root(ts);
            if (gilt_is_gen(ts, yf))
                r = gilt_gen_send_ex(ts, yf, VAL_NULL, &sub_done);
            else
                r = gilt_call_method(ts, yf, GILT_NAME(ts, throw), &exc, 1);
        } else {
            Value th = gilt_getattr_opt(ts, yf, GILT_NAME(ts, throw));
            if (!th) {
                g->state = GEN_SUSPENDED;
                goto own;
            }
            r = gilt_call1(ts, th, exc);
        }
        g->state = GEN_SUSPENDED;
        if (r && !sub_done) {
            *done = false;
            return r;
        }
        if (r && sub_done)
            return resume_after_delegate(ts, gen, r, done);
        if (gilt_exc_matches(ts, GILT_EXC_STOP_ITERATION)) {
            Value e = gilt_exc_fetch(ts);
            GiltTuple *a = AS_TUPLE(((GiltException *)AS_OBJ(e))->args);
            return resume_after_delegate(ts, gen, a->len ? a->items[0] : VAL_NONE,
                                         done);
        }
        return gilt_gen_send_ex(ts, gen, VAL_NULL, done);
    }
own:
    gilt_gc_push_root(ts, exc);
    gilt_raise_obj(ts, exc);
    gilt_gc_pop_root(ts);
    return gilt_gen_send_ex(ts, gen, VAL_NULL, done);
}

// throw(exc) / throw(type[, value[, tb]]) -> the exception instance.
Value gilt_gen_make_thrown(GiltThread *ts, Value *args, int nargs) {
    Value typ = args[1], val = nargs > 2 ? args[2] : VAL_NONE;
    Value tb = nargs > 3 ? args[3] : VAL_NONE;
    Value exc;
    if (gilt_is_exception(ts, typ)) {
        if (val != VAL_NONE)
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "instance exception may not have a separate value");
        exc = typ;
    } else if (gilt_is_exception_type(ts, typ)) {
        if (gilt_isinstance_type(ts, val, AS_TYPE(typ)))
            exc = val;
        else if (val == VAL_NONE)
            exc = gilt_call0(ts, typ);
        else if (GILT_IS_SUB(ts, val, GILT_TF_TUPLE_SUB))
            exc = gilt_call_tuple(ts, typ, val, VAL_NULL);
        else
            exc = gilt_call1(ts, typ, val);
        if (!exc)
            return VAL_NULL;
    } else {
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "exceptions must be classes or instances deriving "
                          "from BaseException, not %T",
                          typ);
    }
    if (tb != VAL_NONE) {
        if (!GILT_IS(ts, tb, TRACEBACK))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "throw() third argument must be a traceback object");
        ((GiltException *)AS_OBJ(exc))->traceback = tb;
    }
    return exc;
}

// ---- methods --------------------------------------------------------------------------

static Value gen_send(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    bool done;
    Value r = gilt_gen_send_ex(ts, args[0], args[1], &done);
    if (done && r)
        return stop_with(ts, r);
    if (done && !ts->exc)
        return gilt_raise_value(ts, GILT_EXC_STOP_ITERATION, VAL_NULL);
    return r;
}

static Value gen_throw(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    Value exc = gilt_gen_make_thrown(ts, args, nargs);
    if (!exc)
        return VAL_NULL;
    bool done;
    Value r = gilt_gen_throw_ex(ts, args[0], exc, &done);
    if (done && r)
        return stop_with(ts, r);
    if (done && !ts->exc)
        return gilt_raise_value(ts, GILT_EXC_STOP_ITERATION, VAL_NULL);
    return r;
}

static Value gen_close(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltGen *g = AS_GEN(args[0]);
    if (g->state == GEN_CREATED || g->state == GEN_CLOSED) {
        g->state = GEN_CLOSED;
        return VAL_NONE;
    }
    if (g->state == GEN_RUNNING)
        return already_running(ts, args[0]);
    Value exit = gilt_call0(ts, OBJ_VAL(ts->vm->exc_types[GILT_EXC_GENERATOR_EXIT]));
    if (!exit)
        return VAL_NULL;
    bool done;
    Value r = gilt_gen_throw_ex(ts, args[0], exit, &done);
    if (r && !done)
        return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR, "%s ignored GeneratorExit",
                          kind_name(ts, args[0]));
    if (r || gilt_exc_matches(ts, GILT_EXC_GENERATOR_EXIT) ||
        gilt_exc_matches(ts, GILT_EXC_STOP_ITERATION)) {
        gilt_exc_clear(ts);
        return VAL_NONE;
    }
    return ts->exc ? VAL_NULL : VAL_NONE;
}

static Value gen_repr(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltGen *g = AS_GEN(args[0]);
    return gilt_str_printf(ts, "<%s object %s at %p>", kind_name(ts, args[0]),
                           AS_STR(g->qualname)->data, (void *)g);
}

static Value gen_next_m(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return gilt_gen_next(ts, args[0]);
}

static Value get_name(GiltThread *ts, Value self) {
    return AS_GEN(self)->name;
}

static int set_name(GiltThread *ts, Value self, Value v) {
    if (!v || !GILT_IS_SUB(ts, v, GILT_TF_STR_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "__name__ must be set to a string object");
        return -1;
    }
    AS_GEN(self)->name = v;
    return 0;
}

static Value get_qualname(GiltThread *ts, Value self) {
    return AS_GEN(self)->qualname;
}

static int set_qualname(GiltThread *ts, Value self, Value v) {
    if (!v || !GILT_IS_SUB(ts, v, GILT_TF_STR_SUB)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                   "__qualname__ must be set to a string object");
        return -1;
    }
    AS_GEN(self)->qualname = v;
    return 0;
}

static Value get_running(GiltThread *ts, Value self) {
    return BOOL_VAL(AS_GEN(self)->state == GEN_RUNNING);
}

static Value get_code(GiltThread *ts, Value self) {
    return AS_GEN(self)->code;
}

static Value get_yieldfrom(GiltThread *ts, Value self) {
    Value yf = yielding_from(AS_GEN(self));
    return yf ? yf : VAL_NONE;
}

static Value get_frame(GiltThread *ts, Value self) {
    GiltGen *g = AS_GEN(self);
    if (g->state == GEN_CLOSED)
        return VAL_NONE;
    GiltFrame *f = g->frame;
    return gilt_frameobj_new(ts, f->code, f->globals, 0, VAL_NULL, self);
}

static Value get_suspended(GiltThread *ts, Value self) {
    return BOOL_VAL(AS_GEN(self)->state == GEN_SUSPENDED);
}

static const GiltMethodDef gen_methods[] = {
    {"send", gen_send, 1, 1, 0},
    {"throw", gen_throw, 1, 3, 0},
    {"close", gen_close, 0, 0, 0},
    {"__repr__", gen_repr, 0, 0, 0},
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {"__next__", gen_next_m, 0, 0, 0},
    {NULL}};

static const GiltGetSetDef gen_getsets[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"gi_running", get_running, NULL},
    {"gi_frame", get_frame, NULL},
    {"gi_code", get_code, NULL},
    {"gi_yieldfrom", get_yieldfrom, NULL},
    {"gi_suspended", get_suspended, NULL},
    {NULL}};

// ---- coroutines ------------------------------------------------------------------------

// coro.__await__() returns this iterator over the coroutine.
typedef struct GiltCoroWrapper {
    GiltObject obj;
    Value coro;
} GiltCoroWrapper;

static Value coro_await(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    GiltCoroWrapper *w = gilt_gc_alloc(ts, GILT_TYPE(ts, CORO_WRAPPER),
                                       sizeof(GiltCoroWrapper));
    if (!w)
        return VAL_NULL;
    w->coro = args[0];
    return OBJ_VAL(w);
}

static Value wrapper_next(GiltThread *ts, Value self) {
    return gen_iternext(ts, ((GiltCoroWrapper *)AS_OBJ(self))->coro);
}

static Value wrapper_forward(GiltThread *ts, Value *args, int nargs,
                             GiltNativeFn fn) {
    Value saved = args[0];
    args[0] = ((GiltCoroWrapper *)AS_OBJ(saved))->coro;
    Value r = fn(ts, args, nargs, NULL);
    args[0] = saved;
    return r;
}

static Value wrapper_send(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return wrapper_forward(ts, args, nargs, gen_send);
}

static Value wrapper_throw(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return wrapper_forward(ts, args, nargs, gen_throw);
}

static Value wrapper_close(GiltThread *ts, Value *args, int nargs, GiltTuple *kw) {
    return wrapper_forward(ts, args, nargs, gen_close);
}

static void wrapper_trace(GiltGC *gc, GiltObject *o) {
    gilt_gc_mark(gc, ((GiltCoroWrapper *)o)->coro);
}

static const GiltMethodDef coro_methods[] = {
    {"send", gen_send, 1, 1, 0},
    {"throw", gen_throw, 1, 3, 0},
    {"close", gen_close, 0, 0, 0},
    {"__repr__", gen_repr, 0, 0, 0},
    {"__await__", coro_await, 0, 0, 0},
    {NULL}};

static const GiltGetSetDef coro_getsets[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"cr_running", get_running, NULL},
    {"cr_frame", get_frame, NULL},
    {"cr_code", get_code, NULL},
    {"cr_await", get_yieldfrom, NULL},
    {"cr_suspended", get_suspended, NULL},
    {NULL}};

static const GiltMethodDef wrapper_methods[] = {
    {"send", wrapper_send, 1, 1, 0},
    {"throw", wrapper_throw, 1, 3, 0},
    {"close", wrapper_close, 0, 0, 0},
    {"__iter__", gilt_iter_self, 0, 0, 0},
    {NULL}};

// ---- GC --------------------------------------------------------------------------------

static size_t gen_varsize(GiltObject *o) {
    GiltGen *g = (GiltGen *)o;
    return offsetof(GiltGen, storage) + gilt_frame_size(g->frame->nslots);
}

static void gen_trace(GiltGC *gc, GiltObject *o) {
    GiltGen *g = (GiltGen *)o;
    gilt_gc_mark(gc, g->name);
    gilt_gc_mark(gc, g->qualname);
    gilt_gc_mark(gc, g->exc_state);
    gilt_gc_mark(gc, g->code);
    if (g->state != GEN_CLOSED)
        gilt_frame_trace(gc, g->frame);
}

int gilt_asyncgen_init_types(GiltThread *ts);

int gilt_gen_init_types(GiltThread *ts) {
    static const GiltTypeSpec specs[] = {
        {.name = "generator",
         .basicsize = offsetof(GiltGen, storage),
         .varsize = gen_varsize,
         .methods = gen_methods,
         .getsets = gen_getsets,
         .iternext = gen_iternext,
         .trace = gen_trace},
        {.name = "coroutine",
         .basicsize = offsetof(GiltGen, storage),
         .varsize = gen_varsize,
         .methods = coro_methods,
         .getsets = coro_getsets,
         .trace = gen_trace},
        {.name = "coroutine_wrapper",
         .basicsize = sizeof(GiltCoroWrapper),
         .methods = wrapper_methods,
         .iternext = wrapper_next,
         .trace = wrapper_trace},
    };
    GiltTypeId ids[] = {GILT_T_GENERATOR, GILT_T_COROUTINE, GILT_T_CORO_WRAPPER};
    for (int i = 0; i < 3; i++)
        if (!gilt_type_from_spec(ts, &specs[i], ids[i]))
            return -1;
    return gilt_asyncgen_init_types(ts);
}

// ---- the eval loop's coroutine helpers ----------------------------------------------------

Value gilt_get_yield_from_iter(GiltThread *ts, Value v) {
    if (is_coro(ts, v)) {
        GiltFrame *f = ts->frame;
        if (!(f->code->flags & (GILT_CO_COROUTINE | GILT_CO_ITERABLE_COROUTINE)))
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                              "cannot 'yield from' a coroutine object in a "
                              "non-coroutine generator");
        return v;
    }
    if (GILT_IS(ts, v, GENERATOR))
        return v;
    return gilt_iter(ts, v);
}

static const char *const await_where[] = {
    "", "'async with' received an object from __aenter__ that does not "
        "implement __await__: %T",
    "'async with' received an object from __aexit__ that does not implement "
    "__await__: %T"};

Value gilt_get_awaitable(GiltThread *ts, Value v, int where) {
    if (is_coro(ts, v)) {
        if (yielding_from(AS_GEN(v)))
            return gilt_raise(ts, GILT_EXC_RUNTIME_ERROR,
                              "coroutine is being awaited already");
        return v;
    }
    if (GILT_IS(ts, v, GENERATOR) &&
        (AS_CODE(AS_GEN(v)->code)->flags & GILT_CO_ITERABLE_COROUTINE))
        return v;
    bool found;
    Value it = gilt_call_dunder(ts, v, GILT_NAME(ts, __await__), NULL, 0, &found);
    if (!found) {
        if (where >= 1 && where <= 2)
            return gilt_raise(ts, GILT_EXC_TYPE_ERROR, await_where[where], v);
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "object %T can't be used in 'await' expression", v);
    }
    if (!it)
        return VAL_NULL;
    if (is_coro(ts, it))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "__await__() returned a coroutine");
    GiltType *t = gilt_typeof(ts, it);
    if (!t->iternext && !gilt_type_lookup(ts, t, GILT_NAME(ts, __next__)))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "__await__() returned non-iterator of type '%T'", it);
    return it;
}

static int stop_value(GiltThread *ts, Value *out) {
    if (!gilt_exc_matches(ts, GILT_EXC_STOP_ITERATION))
        return -1;
    Value e = gilt_exc_fetch(ts);
    GiltTuple *a = AS_TUPLE(((GiltException *)AS_OBJ(e))->args);
    *out = a->len ? a->items[0] : VAL_NONE;
    return 0;
}

int gilt_send(GiltThread *ts, Value iter, Value v, Value *out) {
    if (gilt_is_gen(ts, iter)) {
        bool done;
        Value r = gilt_gen_send_ex(ts, iter, v, &done);
        if (!r)
            return -1;
        *out = r;
        return done ? 0 : 1;
    }
    Value r;
    GiltIterNextFn next = gilt_typeof(ts, iter)->iternext;
    if (v == VAL_NONE && next && next != gilt_slot_iternext) {
        r = next(ts, iter);
        if (!r && !ts->exc) {
            *out = VAL_NONE;
            return 0;
        }
    } else if (v == VAL_NONE) {
        // A Python __next__: its StopIteration carries the result.
        r = gilt_call_method(ts, iter, GILT_NAME(ts, __next__), NULL, 0);
    } else {
        r = gilt_call_method(ts, iter, GILT_NAME(ts, send), &v, 1);
    }
    if (r) {
        *out = r;
        return 1;
    }
    return stop_value(ts, out);
}
