/* frame.h - Activation records on a thread's chunked frame stack.
 *
 * A frame and its values (fast locals, then cells and free variables, then
 * the value stack) are one contiguous block, carved from the thread's stack
 * chunks in LIFO order; generator frames live inside their generator
 * object instead. The whole slot array is zeroed when the frame is pushed,
 * and the GC marks all of it: a slot above the stack top still holds a
 * value this frame put there, never a dangling one, so the eval loop need
 * not publish its stack pointer before every operation.
 */
#ifndef GILT_FRAME_H
#define GILT_FRAME_H

#include "gc.h"

typedef struct GiltFunction GiltFunction;
typedef struct GiltCode GiltCode;

struct GiltFrame {
    GiltFrame *prev;     // the caller, or NULL
    GiltFunction *func;  // the running function (NULL for module code)
    GiltCode *code;
    GiltDict *globals;
    Value builtins;      // builtins dict
    Value locals;        // name->value mapping for module and class bodies,
                         // VAL_NULL for functions (fast locals only)
    const uint32_t *ip;  // next instruction, saved when the frame is not
                         // running
    Value *sp;           // value stack top, saved likewise
    Value gen;           // generator/coroutine owning the frame, or VAL_NULL
    uint32_t nslots;     // fast locals + cells + value stack
    bool entry;          // the eval loop returns to C when this frame does
    bool on_heap;        // owned by a generator, not on the chunk stack
    Value slots[];
};

// Push a frame of [nslots] zeroed slots on ts's chunk stack. NULL with
// MemoryError when no chunk can be had.
GiltFrame *gilt_frame_push(GiltThread *ts, uint32_t nslots);
// Pop the topmost chunk-stack frame [f].
void gilt_frame_pop(GiltThread *ts, GiltFrame *f);
// Bytes a frame of [nslots] slots needs (for generators' own storage).
size_t gilt_frame_size(uint32_t nslots);
void gilt_frame_trace(GiltGC *gc, GiltFrame *f);
// Free ts's stack chunks (thread teardown).
void gilt_frame_free_chunks(GiltThread *ts);

#endif
