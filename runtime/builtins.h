/* builtins.h - The builtins module (builtins.c) and super (super.c). */
#ifndef GILT_BUILTINS_H
#define GILT_BUILTINS_H

#include "object.h"

typedef struct GiltFrame GiltFrame;

// locals() of frame [f]: a new dict snapshot for functions, the namespace
// for module and class bodies.
Value gilt_frame_locals(GiltThread *ts, GiltFrame *f);

int gilt_super_init_types(GiltThread *ts);

#endif
