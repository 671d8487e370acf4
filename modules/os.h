/* os.h - What the two halves of the posix module (os.c, os_fs.c) share:
 * path arguments and structseq result types.
 */
#ifndef GILT_OS_H
#define GILT_OS_H

#include "../runtime/module.h"

// A path argument converted for a system call. [value] is the str or
// bytes the argument stands for (after __fspath__); [c] its bytes in the
// file-system encoding (UTF-8, surrogateescape). [fd] is set instead
// when an integer was accepted (GILT_OS_ALLOW_FD).
typedef struct GiltOsPath {
    Value value;
    const char *c;
    bool bytes;
    int fd; // -1 unless the argument was a file descriptor
} GiltOsPath;

enum {
    GILT_OS_ALLOW_FD = 1 << 0,   // an int is a file descriptor
    GILT_OS_ALLOW_NONE = 1 << 1, // None stands for "." (listdir)
};

// Convert [arg] for function [fname] (the name used in CPython's
// "stat: path should be ..." TypeError). The converted value is pushed as
// a GC root (it may be new). 0 or -1.
int gilt_os_path(GiltThread *ts, Value arg, const char *fname, int allow,
                 GiltOsPath *out);
// os.fspath(v): the str or bytes [v] stands for; TypeError otherwise.
Value gilt_os_fspath(GiltThread *ts, Value v);

// A structseq: a tuple subclass (made in the module's init) whose items
// are also attributes, with [nvisible] items in the tuple and repr and
// the rest attributes only. [qualified] is the name the repr prints
// ("os.stat_result").
typedef struct GiltOsStructSeq {
    const char *name;
    const char *module;
    const char *qualified;
    const char *const *fields; // NULL-terminated
    int nvisible;
} GiltOsStructSeq;

// Create the type for [seq] and add it to [module]. 0 or -1.
int gilt_os_structseq_type(GiltThread *ts, Value module,
                           const GiltOsStructSeq *seq);
// A new instance of the structseq type of [seq] (found in the posix
// module), from one value per field.
Value gilt_os_structseq_new(GiltThread *ts, const GiltOsStructSeq *seq,
                            const Value *values);

// The file-system functions (os_fs.c), added by the module's init.
extern const GiltMethodDef gilt_os_fs_functions[];
int gilt_os_fs_init(GiltThread *ts, Value module);

extern const GiltModuleDef gilt_module_posix;

#endif
