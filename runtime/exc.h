/* exc.h - Exception objects, the builtin hierarchy, and raising.
 *
 * The exception in flight lives on the thread state (ts->exc). A function
 * that fails sets it (gilt_raise*) and returns its sentinel: VAL_NULL for
 * Value, NULL for pointers, -1 for int. Callers propagate the sentinel
 * without touching ts->exc; whoever handles the error clears it
 * (gilt_exc_clear) or fetches it (gilt_exc_fetch).
 *
 * MemoryError is preallocated per VM so raising it never allocates.
 */
#ifndef GILT_EXC_H
#define GILT_EXC_H

#include <stdarg.h>

#include "object.h"

// X(id, name, base id). Order matters: a base comes before its subclasses.
#define GILT_EXCEPTIONS(X)                                                     \
    X(BASE_EXCEPTION, "BaseException", BASE_EXCEPTION)                         \
    X(SYSTEM_EXIT, "SystemExit", BASE_EXCEPTION)                               \
    X(KEYBOARD_INTERRUPT, "KeyboardInterrupt", BASE_EXCEPTION)                 \
    X(GENERATOR_EXIT, "GeneratorExit", BASE_EXCEPTION)                         \
    X(EXCEPTION, "Exception", BASE_EXCEPTION)                                  \
    X(STOP_ITERATION, "StopIteration", EXCEPTION)                              \
    X(STOP_ASYNC_ITERATION, "StopAsyncIteration", EXCEPTION)                   \
    X(ARITHMETIC_ERROR, "ArithmeticError", EXCEPTION)                          \
    X(FLOATING_POINT_ERROR, "FloatingPointError", ARITHMETIC_ERROR)            \
    X(OVERFLOW_ERROR, "OverflowError", ARITHMETIC_ERROR)                       \
    X(ZERO_DIVISION_ERROR, "ZeroDivisionError", ARITHMETIC_ERROR)              \
    X(ASSERTION_ERROR, "AssertionError", EXCEPTION)                            \
    X(ATTRIBUTE_ERROR, "AttributeError", EXCEPTION)                            \
    X(BUFFER_ERROR, "BufferError", EXCEPTION)                                  \
    X(EOF_ERROR, "EOFError", EXCEPTION)                                        \
    X(IMPORT_ERROR, "ImportError", EXCEPTION)                                  \
    X(MODULE_NOT_FOUND_ERROR, "ModuleNotFoundError", IMPORT_ERROR)             \
    X(LOOKUP_ERROR, "LookupError", EXCEPTION)                                  \
    X(INDEX_ERROR, "IndexError", LOOKUP_ERROR)                                 \
    X(KEY_ERROR, "KeyError", LOOKUP_ERROR)                                     \
    X(MEMORY_ERROR, "MemoryError", EXCEPTION)                                  \
    X(NAME_ERROR, "NameError", EXCEPTION)                                      \
    X(UNBOUND_LOCAL_ERROR, "UnboundLocalError", NAME_ERROR)                    \
    X(OS_ERROR, "OSError", EXCEPTION)                                          \
    X(BLOCKING_IO_ERROR, "BlockingIOError", OS_ERROR)                          \
    X(CHILD_PROCESS_ERROR, "ChildProcessError", OS_ERROR)                      \
    X(CONNECTION_ERROR, "ConnectionError", OS_ERROR)                           \
    X(BROKEN_PIPE_ERROR, "BrokenPipeError", CONNECTION_ERROR)                  \
    X(CONNECTION_ABORTED_ERROR, "ConnectionAbortedError", CONNECTION_ERROR)    \
    X(CONNECTION_REFUSED_ERROR, "ConnectionRefusedError", CONNECTION_ERROR)    \
    X(CONNECTION_RESET_ERROR, "ConnectionResetError", CONNECTION_ERROR)        \
    X(FILE_EXISTS_ERROR, "FileExistsError", OS_ERROR)                          \
    X(FILE_NOT_FOUND_ERROR, "FileNotFoundError", OS_ERROR)                     \
    X(INTERRUPTED_ERROR, "InterruptedError", OS_ERROR)                         \
    X(IS_A_DIRECTORY_ERROR, "IsADirectoryError", OS_ERROR)                     \
    X(NOT_A_DIRECTORY_ERROR, "NotADirectoryError", OS_ERROR)                   \
    X(PERMISSION_ERROR, "PermissionError", OS_ERROR)                           \
    X(PROCESS_LOOKUP_ERROR, "ProcessLookupError", OS_ERROR)                    \
    X(TIMEOUT_ERROR, "TimeoutError", OS_ERROR)                                 \
    X(REFERENCE_ERROR, "ReferenceError", EXCEPTION)                            \
    X(RUNTIME_ERROR, "RuntimeError", EXCEPTION)                                \
    X(NOT_IMPLEMENTED_ERROR, "NotImplementedError", RUNTIME_ERROR)             \
    X(RECURSION_ERROR, "RecursionError", RUNTIME_ERROR)                        \
    X(SYNTAX_ERROR, "SyntaxError", EXCEPTION)                                  \
    X(INDENTATION_ERROR, "IndentationError", SYNTAX_ERROR)                     \
    X(TAB_ERROR, "TabError", INDENTATION_ERROR)                                \
    X(SYSTEM_ERROR, "SystemError", EXCEPTION)                                  \
    X(TYPE_ERROR, "TypeError", EXCEPTION)                                      \
    X(VALUE_ERROR, "ValueError", EXCEPTION)                                    \
    X(UNICODE_ERROR, "UnicodeError", VALUE_ERROR)                              \
    X(UNICODE_DECODE_ERROR, "UnicodeDecodeError", UNICODE_ERROR)               \
    X(UNICODE_ENCODE_ERROR, "UnicodeEncodeError", UNICODE_ERROR)               \
    X(WARNING, "Warning", EXCEPTION)                                           \
    X(DEPRECATION_WARNING, "DeprecationWarning", WARNING)                      \
    X(RUNTIME_WARNING, "RuntimeWarning", WARNING)                              \
    X(USER_WARNING, "UserWarning", WARNING)                                    \
    X(PENDING_DEPRECATION_WARNING, "PendingDeprecationWarning", WARNING)       \
    X(SYNTAX_WARNING, "SyntaxWarning", WARNING)                                \
    X(FUTURE_WARNING, "FutureWarning", WARNING)                                \
    X(IMPORT_WARNING, "ImportWarning", WARNING)                                \
    X(UNICODE_WARNING, "UnicodeWarning", WARNING)                              \
    X(BYTES_WARNING, "BytesWarning", WARNING)                                  \
    X(RESOURCE_WARNING, "ResourceWarning", WARNING)                            \
    X(ENCODING_WARNING, "EncodingWarning", WARNING)

typedef enum {
#define X(id, name, base) GILT_EXC_##id,
    GILT_EXCEPTIONS(X)
#undef X
        GILT_EXC__COUNT
} GiltExcId;

// Every exception instance, of any class, has this layout (classes derived
// from exceptions add only a __dict__). Subclass-specific attributes
// (OSError.errno, SyntaxError.lineno, ...) live in the instance dict.
typedef struct GiltException {
    GiltObject obj;
    GiltDict *dict;
    Value args;      // tuple
    Value traceback; // traceback object or None
    Value cause;     // __cause__ or None
    Value context;   // __context__ or None
    bool suppress_context;
} GiltException;

// Raise a new exception of builtin class [id] with a message formatted
// from [fmt]. Besides printf's %s %d %ld %lld %zd %zu %c %x %%, [fmt]
// understands: %T the type name of a Value argument, %R its repr, %S its
// str, %U a GiltStr *. Always returns VAL_NULL.
Value gilt_raise(GiltThread *ts, GiltExcId id, const char *fmt, ...);
Value gilt_raisev(GiltThread *ts, GiltExcId id, const char *fmt, va_list ap);
// UnicodeDecodeError ([decode]) or UnicodeEncodeError with CPython's
// attributes: [object] is the bytes or str, [start, end) the bad part.
Value gilt_raise_unicode_error(GiltThread *ts, bool decode, const char *encoding,
                               Value object, size_t start, size_t end,
                               const char *reason);
// Raise exception class [id] with the single argument [arg] (any value,
// e.g. KeyError(key), StopIteration(value)).
Value gilt_raise_value(GiltThread *ts, GiltExcId id, Value arg);
// Raise [exc], an exception instance or class (instantiated with no args).
// Sets __context__ from the exception being handled. Returns VAL_NULL.
Value gilt_raise_obj(GiltThread *ts, Value exc);
// Raise the preallocated MemoryError.
Value gilt_raise_nomem(GiltThread *ts);
// OSError subclass chosen from errno, with errno/strerror/filename set
// as CPython does ([filename] may be VAL_NULL).
Value gilt_raise_errno(GiltThread *ts, int err, Value filename);

// The exception in flight (borrowed), or VAL_NULL.
Value gilt_exc_current(GiltThread *ts);
// Whether the exception in flight is an instance of class [id] (or sub).
bool gilt_exc_matches(GiltThread *ts, GiltExcId id);
// Take the exception in flight (clears it); VAL_NULL if none.
Value gilt_exc_fetch(GiltThread *ts);
void gilt_exc_clear(GiltThread *ts);
// Put back an exception taken with gilt_exc_fetch.
void gilt_exc_restore(GiltThread *ts, Value exc);

// New exception instance of class [type] with [args] (a tuple value);
// runs no user code. NULL on MemoryError.
GiltException *gilt_exc_new(GiltThread *ts, GiltType *type, Value args);
// The builtin exception class for [id].
GiltType *gilt_exc_type(GiltThread *ts, GiltExcId id);
bool gilt_is_exception(GiltThread *ts, Value v);
bool gilt_is_exception_type(GiltThread *ts, Value v);

// Print "Traceback (most recent call last):" ... for [exc], chained
// causes and contexts included, to sys.stderr, as CPython does.
void gilt_exc_print(GiltThread *ts, Value exc);

// Create the exception classes (state.c calls this at VM start).
int gilt_exc_init_types(GiltThread *ts);

#endif
