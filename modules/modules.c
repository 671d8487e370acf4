/* modules.c - The registry of native modules, searched by import before
 * sys.path (as CPython's builtin importer is).
 */
#include <string.h>

#include "importer.h"
#include "modules.h"

static const GiltModuleDef *const natives[] = {
#define X(def) &def,
    GILT_NATIVE_MODULES(X)
#undef X
};

#define NNATIVES (sizeof natives / sizeof natives[0])

const GiltModuleDef *gilt_native_module(const char *name) {
    for (size_t i = 0; i < NNATIVES; i++)
        if (!strcmp(natives[i]->name, name))
            return natives[i];
    return NULL;
}

const GiltModuleDef *gilt_native_module_at(size_t i) {
    return i < NNATIVES ? natives[i] : NULL;
}
