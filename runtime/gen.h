/* gen.h - Generators, coroutines and async generators: objects that own a
 * suspended frame.
 */
#ifndef GILT_GEN_H
#define GILT_GEN_H

#include "object.h"

typedef struct GiltFunction GiltFunction;
typedef struct GiltFrame GiltFrame;

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED };

typedef struct GiltGen {
    GiltObject obj;
    GiltFrame *frame; // lives in `storage`
    Value name, qualname;
    Value exc_state; // the exception it was handling when it suspended
    Value code;
    uint8_t state;
    bool running_async; // async generator: an asend/athrow is in progress
    bool closed_async;  // async generator: aclose() finished it
    Value storage[];
} GiltGen;

#define AS_GEN(v) ((GiltGen *)AS_OBJ(v))

// Calling a generator/coroutine/async generator function: bind the
// arguments into a new suspended object.
Value gilt_gen_new(GiltThread *ts, GiltFunction *fn, Value *args, int nargs,
                   GiltTuple *kwnames);
// Resume with [v] (VAL_NULL: throw the exception in flight). Returns the
// yielded value (*done false), the return value (*done true), or VAL_NULL
// with an exception (*done true).
Value gilt_gen_send_ex(GiltThread *ts, Value gen, Value v, bool *done);
// Throw [exc] into [gen] at its yield, as gen.throw(exc) does (through a
// `yield from` delegate); results as gilt_gen_send_ex.
Value gilt_gen_throw_ex(GiltThread *ts, Value gen, Value exc, bool *done);
// The exception throw(typ[, val[, tb]]) means: args[1..nargs-1] (args[0]
// is the generator). NULL with TypeError when they are no exception.
Value gilt_gen_make_thrown(GiltThread *ts, Value *args, int nargs);
// next(gen) with StopIteration(value) for a returned value.
Value gilt_gen_next(GiltThread *ts, Value gen);
bool gilt_is_gen(GiltThread *ts, Value v); // generator or coroutine

// The eval loop's coroutine helpers.
Value gilt_async_gen_wrap(GiltThread *ts, Value v);
Value gilt_async_gen_anext(GiltThread *ts, Value gen);
bool gilt_is_async_gen_wrapped(GiltThread *ts, Value v, Value *inner);

int gilt_gen_init_types(GiltThread *ts);

#endif
