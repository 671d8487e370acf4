/* gc_internal.h - The collector's object-header bits, shared by gc.c and
 * gc_finalize.c (nothing else reads gcword).
 */
#ifndef GILT_GC_INTERNAL_H
#define GILT_GC_INTERNAL_H

#include "gc.h"

// gcword: bits 0..47 the next object (16-byte aligned, so the low bits
// are free: bit 0 is the mark, bit 1 says the finalizer was queued once),
// bits 48..55 the object's size class (0: malloc'd).
#define MARK_BIT ((uintptr_t)1)
#define FINAL_BIT ((uintptr_t)2)
#define NEXT_MASK ((uintptr_t)0x0000FFFFFFFFFFF0)
#define CLASS_SHIFT 48
#define NEXT(o) ((GiltObject *)((o)->gcword & NEXT_MASK))
#define SIZE_CLASS(o) ((unsigned)(((o)->gcword >> CLASS_SHIFT) & 0xFF))

// gc_finalize.c, called by the collection: queue and resurrect the
// unreachable objects with finalizers; mark the queue (a root).
void gilt_gc_find_finalizable(GiltGC *gc, GiltThread *ts);
void gilt_gc_mark_finalizable(GiltGC *gc);

#endif
