/* traceback.h - Traceback objects, and printing exceptions as CPython does. */
#ifndef GILT_TRACEBACK_H
#define GILT_TRACEBACK_H

#include "object.h"

typedef struct GiltCode GiltCode;

// One entry per frame an exception passed through, outermost first.
typedef struct GiltTraceback {
    GiltObject obj;
    Value next; // traceback or None
    GiltCode *code;
    GiltDict *globals;
    uint32_t lasti; // instruction index
} GiltTraceback;

// Add an entry for a frame running [code] at instruction [lasti] in front
// of the traceback of the exception in flight. -1 on MemoryError.
int gilt_traceback_add(GiltThread *ts, GiltCode *code, GiltDict *globals,
                       uint32_t lasti);
// The text gilt_exc_print writes, as a new str (for traceback.format_exc).
Value gilt_exc_format(GiltThread *ts, Value exc);
// Write [size] bytes to sys.stderr (or the VM's stderr when sys.stderr is
// unusable). Never raises.
void gilt_write_stderr(GiltThread *ts, const char *data, size_t size);

// Report the exception in flight as CPython reports an exception it
// cannot raise: "[what][repr of obj]" on a line, then the traceback, on
// stderr; the exception is cleared. SystemExit is dropped silently.
void gilt_exc_report_unraisable(GiltThread *ts, const char *what, Value obj);

int gilt_traceback_init_types(GiltThread *ts);

#endif
