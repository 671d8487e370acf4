/* import.h - The import system: name resolution, sys.modules, packages,
 * fromlist handling. Finding and reading a module's source is the
 * importer's job (modules/importer.h).
 */
#ifndef GILT_IMPORT_H
#define GILT_IMPORT_H

#include "state.h"

// __import__(name, globals, None, fromlist, level) semantics: returns the
// top-level package when [fromlist] is empty, else the module itself.
Value gilt_import(GiltThread *ts, GiltStr *name, GiltDict *globals,
                  Value fromlist, int level);
// Import the absolute dotted [name] and return that module.
Value gilt_import_module(GiltThread *ts, const char *name);
// `from module import name` (IMPORT_FROM): the attribute, or the submodule.
Value gilt_import_attr(GiltThread *ts, Value module, GiltStr *name);
// `from module import *` into the mapping [ns].
int gilt_import_all_into(GiltThread *ts, Value module, Value ns);
// Is [imp] the builtin __import__ (not replaced by the script)?
bool gilt_import_is_default(GiltThread *ts, Value imp);
// Run [source] as module [name] (sys.modules entry made first, removed on
// failure); [filename] for __file__ (NULL: none), [is_package] sets
// __path__ to [pkgdir]. Returns the module.
Value gilt_exec_module(GiltThread *ts, const char *name, const char *source,
                       size_t size, const char *filename, bool is_package,
                       const char *pkgdir);

extern const GiltMethodDef gilt_import_builtins[];

#endif
