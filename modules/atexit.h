/* atexit.h - Running the atexit module's handlers at VM exit. */
#ifndef GILT_ATEXIT_H
#define GILT_ATEXIT_H

#include "../runtime/module.h"

// Call the functions registered with atexit.register, last first, if the
// module was imported; a failing one is reported on stderr and the rest
// still run. Never raises; the exception in flight is kept.
void gilt_atexit_run(GiltThread *ts);

extern const GiltModuleDef gilt_module_atexit;

#endif
