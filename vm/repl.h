/* repl.h - The interactive prompt of the gilt command (repl.c). */
#ifndef GILT_REPL_H
#define GILT_REPL_H

#include <stdbool.h>

#include "gilt.h"

// Read-eval-print until EOF, `exit`/`quit` or SystemExit; returns the
// process exit status. [quiet] skips the banner.
int gilt_repl(GiltVM *vm, bool quiet);

#endif
