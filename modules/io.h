/* io.h - File objects (open(), sys.stdin/stdout/stderr) over file
 * descriptors, with their own buffering. */
#ifndef GILT_IO_H
#define GILT_IO_H

#include "../runtime/module.h"
#include "../runtime/str.h"

typedef struct GiltFile {
    GiltObject obj;
    int fd;
    bool readable, writable, appending, binary;
    bool closed, closefd, line_buffering, eof;
    bool translate; // universal newlines on reading (text mode)
    Value name;     // str or int
    Value mode;     // str
    Value encoding; // str (text mode)
    Value errors;   // str (text mode)
    Value buffer;   // the binary file under a text std stream, or VAL_NULL
    char *rbuf;     // read buffer: raw bytes [rpos, rlen)
    size_t rpos, rlen, rcap;
    char *wbuf;     // write buffer
    size_t wlen, wcap;
} GiltFile;

// Write the text in [b] to [file] (a GiltFile takes it directly; any other
// object gets file.write(str)). Frees [b]. 0 or -1.
int gilt_io_write_buf(GiltThread *ts, Value file, GiltStrBuf *b);
// Is [v] one of gilt's own file objects?
bool gilt_io_is_file(GiltThread *ts, Value v);
// Flush sys.stdout and sys.stderr (at exit), ignoring errors.
void gilt_io_flush_std(GiltThread *ts);
// A text file object over [fd] (the std streams).
Value gilt_io_std_stream(GiltThread *ts, int fd, const char *name,
                         bool readable, bool writable);

extern const GiltMethodDef gilt_io_builtins[];
extern const GiltModuleDef gilt_module_io;

#endif
