/* frameobj.h - Frame objects for scripts (frameobj.c). */
#ifndef GILT_FRAMEOBJ_H
#define GILT_FRAMEOBJ_H

#include "object.h"

typedef struct GiltCode GiltCode;
typedef struct GiltFrame GiltFrame;

// A frame object for [code] at instruction [lasti]; [gen] (or VAL_NULL)
// is the generator whose frame it shows live; [locals] a snapshot or
// VAL_NULL.
Value gilt_frameobj_new(GiltThread *ts, GiltCode *code, GiltDict *globals,
                        uint32_t lasti, Value locals, Value gen);
// A snapshot of the running frame [f].
Value gilt_frameobj_from_live(GiltThread *ts, GiltFrame *f);

int gilt_frameobj_init_types(GiltThread *ts);

#endif
