/* frame.c - The per-thread frame stack: frames are carved from chunks in
 * LIFO order; a chunk that runs out links a bigger one. Chunks are kept
 * until the thread ends (one spare is enough to stop thrashing at a chunk
 * boundary).
 */
#include "frame.h"

#include <stdlib.h>

#include "code.h"

#define HEADER_SLOTS ((sizeof(GiltFrame) + sizeof(Value) - 1) / sizeof(Value))

size_t gilt_frame_size(uint32_t nslots) {
    return sizeof(GiltFrame) + (size_t)nslots * sizeof(Value);
}

static GiltStackChunk *new_chunk(GiltStackChunk *prev, size_t need) {
    size_t slots = GILT_STACK_CHUNK;
    while (slots < need)
        slots *= 2;
    GiltStackChunk *c = malloc(sizeof(GiltStackChunk) + slots * sizeof(Value));
    if (!c)
        return NULL;
    c->prev = prev;
    c->top = c->data;
    c->limit = c->data + slots;
    return c;
}

GiltFrame *gilt_frame_push(GiltThread *ts, uint32_t nslots) {
    size_t need = HEADER_SLOTS + nslots;
    GiltStackChunk *c = ts->chunk;
    if (!c || (size_t)(c->limit - c->top) < need) {
        // Reuse the spare chunk above the current one when it fits.
        GiltStackChunk *spare = ts->spare_chunk;
        if (spare && (size_t)(spare->limit - spare->data) >= need) {
            ts->spare_chunk = NULL;
            spare->prev = c;
            spare->top = spare->data;
            c = spare;
        } else if (!(c = new_chunk(c, need))) {
            gilt_raise_nomem(ts);
            return NULL;
        }
        ts->chunk = c;
    }
    GiltFrame *f = (GiltFrame *)c->top;
    c->top += need;
    memset(f, 0, sizeof(GiltFrame) + nslots * sizeof(Value));
    f->nslots = nslots;
    return f;
}

void gilt_frame_pop(GiltThread *ts, GiltFrame *f) {
    GiltStackChunk *c = ts->chunk;
    c->top = (Value *)f;
    if (c->top == c->data && c->prev) {
        ts->chunk = c->prev;
        free(ts->spare_chunk);
        ts->spare_chunk = c;
    }
}

void gilt_frame_trace(GiltGC *gc, GiltFrame *f) {
    gilt_gc_mark_obj(gc, (GiltObject *)f->func);
    gilt_gc_mark_obj(gc, (GiltObject *)f->code);
    gilt_gc_mark_obj(gc, (GiltObject *)f->globals);
    gilt_gc_mark(gc, f->builtins);
    gilt_gc_mark(gc, f->locals);
    gilt_gc_mark(gc, f->gen);
    gilt_gc_mark_values(gc, f->slots, f->nslots);
}

void gilt_frame_free_chunks(GiltThread *ts) {
    GiltStackChunk *c = ts->chunk;
    while (c) {
        GiltStackChunk *prev = c->prev;
        free(c);
        c = prev;
    }
    free(ts->spare_chunk);
    ts->chunk = ts->spare_chunk = NULL;
}
