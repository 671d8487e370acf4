/* module.h - Module objects and native module definitions. */
#ifndef GILT_MODULE_H
#define GILT_MODULE_H

#include "object.h"

typedef struct GiltModule {
    GiltObject obj;
    GiltDict *dict; // the module's globals
    Value name;     // __name__ (str)
    bool builtin;   // a native module: repr says "(built-in)"
} GiltModule;

#define AS_MODULE(v) ((GiltModule *)AS_OBJ(v))

// A native module: its functions, and an init hook that adds constants,
// types and anything else to the fresh module object. [init] may be NULL.
typedef struct GiltModuleDef {
    const char *name;
    const char *doc;
    const GiltMethodDef *functions;
    int (*init)(GiltThread *ts, Value module);
} GiltModuleDef;

// A new, empty module named [name] (sets __name__, __doc__ None,
// __package__, __spec__ None). VAL_NULL on MemoryError.
Value gilt_module_new(GiltThread *ts, const char *name);
// Create the module described by [def] (functions added as natives,
// then init run). Not registered in sys.modules.
Value gilt_module_from_def(GiltThread *ts, const GiltModuleDef *def);
int gilt_module_add(GiltThread *ts, Value module, const char *name, Value v);
int gilt_module_add_int(GiltThread *ts, Value module, const char *name,
                        int64_t i);
int gilt_module_add_str(GiltThread *ts, Value module, const char *name,
                        const char *s);
int gilt_module_add_type(GiltThread *ts, Value module, GiltType *type);
// module.name, VAL_NULL without exception when absent.
Value gilt_module_get(GiltThread *ts, Value module, const char *name);

// A module spec (__spec__) and its loader (__loader__) for module [name]
// loaded from [origin] (a path, or "built-in"); [locations] is the
// package's __path__ list or VAL_NULL. Sets both on [module].
int gilt_module_set_spec(GiltThread *ts, Value module, Value name, Value origin,
                         Value locations);
// A loader object for module [name] at [path] (also __main__'s __loader__).
Value gilt_loader_new(GiltThread *ts, Value name, Value path);

int gilt_module_init_types(GiltThread *ts);

#endif
