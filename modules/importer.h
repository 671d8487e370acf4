/* importer.h - Where modules come from: the native module registry, the
 * lib/ modules embedded in the binary, and .py files on sys.path.
 */
#ifndef GILT_IMPORTER_H
#define GILT_IMPORTER_H

#include "../runtime/module.h"

// The path entry standing for the embedded lib/ directory in sys.path.
#define GILT_LIB_PATH "<gilt>/lib"

// A native module named [name], or NULL.
const GiltModuleDef *gilt_native_module(const char *name);
// The [i]th native module, or NULL past the end (sys.builtin_module_names).
const GiltModuleDef *gilt_native_module_at(size_t i);

// A found module source. [source] is malloc'd (free it) unless [borrowed].
typedef struct GiltFound {
    char *source;
    size_t size;
    bool borrowed;
    bool is_package;
    char filename[1024]; // __file__
    char pkgdir[1024];   // __path__[0] for packages
} GiltFound;

// Look for module [fullname] (its last component [leaf]) in the
// directories of [path] (a list of str; GILT_LIB_PATH means the embedded
// lib). 1 found, 0 not found, -1 error (I/O error raised).
int gilt_importer_find(GiltThread *ts, const char *fullname, const char *leaf,
                       Value path, GiltFound *out);
void gilt_found_free(GiltFound *f);
// Read a whole file (for running scripts): malloc'd, NUL-terminated.
// NULL with OSError raised on failure.
char *gilt_read_file(GiltThread *ts, const char *path, size_t *size);

#endif
