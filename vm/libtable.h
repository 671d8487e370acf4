/* libtable.h - The lib/ modules embedded in the binary (vm/embed.sh). */
#ifndef GILT_LIBTABLE_H
#define GILT_LIBTABLE_H

#include <stddef.h>

typedef struct GiltLibModule {
    const char *name; // dotted module name ("concurrent.futures")
    const char *path; // path under lib/ ("concurrent/futures.py")
    const char *source;
    size_t size;
    int is_package;
} GiltLibModule;

// Terminated by an entry with a NULL name.
extern const GiltLibModule gilt_lib_modules[];

#endif
