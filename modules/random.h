/* random.h - The _random module (random.c): Mersenne Twister core of
 * lib/random.py.
 */
#ifndef GILT_MODULES_RANDOM_H
#define GILT_MODULES_RANDOM_H

#include "../runtime/module.h"

extern const GiltModuleDef gilt_module__random;

// Seed the _random.Random instance [self] as Random.seed(arg) does (arg
// VAL_NULL or None: from system entropy). -1 on error.
int gilt_random_seed(GiltThread *ts, Value self, Value arg);

#endif
