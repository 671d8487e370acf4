/* gilt.h - The public API of gilt, an embeddable Python 3 interpreter.
 *
 * A GiltVM is one interpreter with its own heap, modules and GIL; a process
 * may run several in parallel. There is no global state.
 *
 * Threads: the thread that creates a VM holds its GIL until it calls
 * gilt_vm_free(). Unless a declaration says otherwise, call these functions
 * from a thread that holds the VM's GIL.
 *
 * Errors: functions returning GiltStatus report GILT_OK, GILT_EXCEPTION (an
 * uncaught Python exception, already printed to the VM's stderr as a
 * traceback) or GILT_EXIT (the code raised SystemExit; see
 * gilt_exit_status()).
 */
#ifndef GILT_H
#define GILT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define GILT_API __attribute__((visibility("default")))
#else
#define GILT_API
#endif

#define GILT_VERSION_MAJOR 0
#define GILT_VERSION_MINOR 1
#define GILT_VERSION_PATCH 0
#define GILT_VERSION_STRING "0.1.0"
// The version of the Python language gilt follows (sys.version_info).
#define GILT_PYTHON_VERSION "3.11.0"

typedef struct GiltVM GiltVM;

typedef enum GiltStatus {
    GILT_OK = 0,
    GILT_EXCEPTION = 1,
    GILT_EXIT = 2,
} GiltStatus;

// Which output stream a write callback receives.
typedef enum GiltStream { GILT_STDOUT = 1, GILT_STDERR = 2 } GiltStream;

// Called with the bytes the VM writes to sys.stdout or sys.stderr when the
// script has not replaced them. [data] is not NUL-terminated.
typedef void (*GiltWriteFn)(GiltVM *vm, GiltStream stream, const char *data,
                            size_t size, void *user);

// How to create a VM. Initialise with gilt_config_init(), then set what you
// need.
typedef struct GiltConfig {
    // Heap limit in bytes; past it allocations raise MemoryError. 0: none.
    size_t memory_limit;
    // Receives output; NULL writes to file descriptors 1 and 2.
    GiltWriteFn write;
    void *user;
    // Import path entries searched after the script's directory and before
    // GILTPATH (NULL-terminated list, copied), or NULL.
    const char *const *path;
    // Read GILTPATH from the environment (default true).
    bool use_environment;
    // Suppress the startup banner and messages meant for a terminal.
    bool quiet;
    // The GIL's switching policy: "ticks" (the default), "interval"
    // (CPython 3.2+) or "legacy" (Python 2). NULL for the default; an
    // unknown name makes gilt_vm_new() fail.
    const char *gil_policy;
    // Ticks (bytecode instructions) a CPU-bound thread runs before it
    // hands the GIL over (sys.setcheckinterval); 0 for the policy's default.
    int check_interval;
    // The interval policy's switch interval in seconds
    // (sys.setswitchinterval); 0 for 0.005.
    double switch_interval;
    // Print a per-thread table of GIL statistics to stderr when the VM is
    // freed (gilt --gil-stats).
    bool gil_stats;
    // Record every GIL event from the start and write them as Chrome
    // trace-event JSON to this file when the VM is freed (gilt
    // --gil-trace=FILE); NULL for none. The string must outlive the VM.
    const char *gil_trace;
} GiltConfig;

// Fill [config] with the defaults.
GILT_API void gilt_config_init(GiltConfig *config);

// A new VM configured by [config] (NULL for the defaults). The calling
// thread becomes its main thread and holds its GIL. Returns NULL when out
// of memory.
GILT_API GiltVM *gilt_vm_new(const GiltConfig *config);

// Finish the VM: wait for its non-daemon threads, run exit handlers, stop
// the daemon threads and free everything it owns. A daemon thread stuck in
// a system call that does not return within a second keeps the VM's
// memory allocated (it is not freed under that thread). [vm] may be NULL.
GILT_API void gilt_vm_free(GiltVM *vm);

// Set sys.argv to the [argc] strings of [argv] (copied). Returns GILT_OK,
// or GILT_EXCEPTION when out of memory.
GILT_API GiltStatus gilt_set_argv(GiltVM *vm, int argc, const char *const *argv);

// Run the file at [path] as the __main__ module; its directory goes first
// on sys.path.
GILT_API GiltStatus gilt_run_file(GiltVM *vm, const char *path);

// Run [source] (UTF-8, NUL-terminated) as the __main__ module, with
// [filename] shown in tracebacks ("<string>", "<stdin>").
GILT_API GiltStatus gilt_run_string(GiltVM *vm, const char *source,
                                    const char *filename);

// Run module [name] as __main__, as `python -m name` does.
GILT_API GiltStatus gilt_run_module(GiltVM *vm, const char *name);

// What the REPL needs to know about a chunk of input.
typedef enum GiltSourceKind {
    GILT_SOURCE_COMPLETE,   // a whole statement: run it
    GILT_SOURCE_INCOMPLETE, // ask for another line
    GILT_SOURCE_ERROR,      // a syntax error (running it will report it)
} GiltSourceKind;

// Classify the interactive input [source] without running it.
GILT_API GiltSourceKind gilt_source_kind(GiltVM *vm, const char *source);

// Run one interactive statement [source] in __main__, printing the repr
// of an expression's value (and binding it to `_`) as the REPL does.
// Exceptions are printed; GILT_EXIT means the code raised SystemExit.
GILT_API GiltStatus gilt_run_interactive(GiltVM *vm, const char *source);

// Completions of [text] for the REPL: names in __main__ and builtins,
// keywords, and attributes for "expr.prefix". Returns a malloc'd,
// NULL-terminated array of malloc'd strings (free each, then the array),
// or NULL.
GILT_API char **gilt_complete(GiltVM *vm, const char *text);

// The exit status a CPython process would end with after the last run:
// 0, 1 after an uncaught exception, or the code of SystemExit.
GILT_API int gilt_exit_status(GiltVM *vm);

// Release the GIL held by the calling thread so the VM's other threads run
// while the host does long work (or waits for input); take it back with
// gilt_acquire_gil() before calling any other function here. Touch no VM
// value in between.
GILT_API void gilt_release_gil(GiltVM *vm);
GILT_API void gilt_acquire_gil(GiltVM *vm);

// Ask the VM to raise KeyboardInterrupt in its main thread at the next
// check. Async-signal-safe, and may be called from any thread without the
// GIL.
GILT_API void gilt_interrupt(GiltVM *vm);

// The gilt version string, e.g. "0.1.0".
GILT_API const char *gilt_version(void);

#endif
