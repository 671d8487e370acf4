/* compiler.h - Source text to code objects. */
#ifndef GILT_COMPILER_H
#define GILT_COMPILER_H

#include "ast.h"
#include "code.h"

enum {
    // Module-level names through LOAD_NAME/STORE_NAME (exec/eval, whose
    // locals may differ from globals) instead of the cached global ops.
    GILT_COMPILE_NAME_OPS = 1 << 0,
    // `from __future__ import annotations` in effect from the start (the
    // caller's, for exec/eval/compile): code.h's GILT_CO_FUTURE_ANNOTATIONS.
    GILT_COMPILE_FUTURE_ANNOTATIONS = 0x1000000,
};

// Compile [size] bytes of [source] as [mode] with [filename] in messages.
// Returns a code object, or NULL with SyntaxError (or MemoryError) raised.
GiltCode *gilt_compile(GiltThread *ts, const char *source, size_t size,
                       const char *filename, AstMode mode, int flags);
// Raise the SyntaxError (or IndentationError/TabError) described by [err].
void gilt_raise_syntax_error(GiltThread *ts, const AstError *err,
                             const char *filename, const char *source,
                             size_t size);

#endif
