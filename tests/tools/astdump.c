/* astdump.c - Print gilt's AST of a file as CPython's ast.dump() would.
 *
 * Usage: astdump [--mode file|single|eval] [--locs] [--time N] FILE
 * Prints gilt_ast_dump() of the tree (with locations under --locs, as
 * ast.dump(tree, include_attributes=True)), or on error
 * "Kind: msg (line L, offset O, end E:EO)". --time parses N times and
 * prints the mean parse time instead. Used by astdiff.py to compare
 * against CPython.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../vm/ast.h"
#include "../../vm/parser.h"

static char *read_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            char *b = realloc(buf, cap *= 2);
            if (!b)
                free(buf);
            buf = b;
        }
    }
    fclose(f);
    *size = n;
    return buf;
}

static const char *kind_name(AstErrorKind k)
{
    switch (k) {
    case AST_ERR_INDENTATION: return "IndentationError";
    case AST_ERR_TAB: return "TabError";
    case AST_ERR_NOMEM: return "MemoryError";
    default: return "SyntaxError";
    }
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef struct Options {
    AstMode mode;
    bool locs;
    int repeat;
    const char *path;
} Options;

static bool parse_args(int argc, char **argv, Options *o)
{
    *o = (Options){.mode = AST_MODE_FILE};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--mode") == 0 && i + 1 < argc) {
            const char *m = argv[++i];
            o->mode = strcmp(m, "eval") == 0     ? AST_MODE_EVAL
                      : strcmp(m, "single") == 0 ? AST_MODE_SINGLE
                                                 : AST_MODE_FILE;
        } else if (strcmp(argv[i], "--locs") == 0) {
            o->locs = true;
        } else if (strcmp(argv[i], "--time") == 0 && i + 1 < argc) {
            o->repeat = atoi(argv[++i]);
        } else {
            o->path = argv[i];
        }
    }
    return o->path != NULL;
}

// Parse [repeat] times, printing the mean and best times.
static void time_parse(const Options *o, const char *src, size_t size)
{
    double best = 1e9, total = 0;
    for (int i = 0; i < o->repeat; i++) {
        GiltArena arena;
        AstError err;
        gilt_arena_init(&arena);
        double t0 = now();
        gilt_parse(&arena, src, size, o->path, o->mode, &err);
        double dt = now() - t0;
        gilt_arena_fini(&arena);
        total += dt;
        best = dt < best ? dt : best;
    }
    printf("%s: %.3f ms mean, %.3f ms best over %d runs (%zu bytes)\n",
           o->path, total / o->repeat * 1e3, best * 1e3, o->repeat, size);
}

int main(int argc, char **argv)
{
    Options o;
    size_t size = 0;
    char *src = parse_args(argc, argv, &o) ? read_file(o.path, &size) : NULL;
    if (!src) {
        fprintf(stderr, "usage: astdump [--mode file|single|eval] [--locs] "
                        "[--time N] FILE\n");
        return 2;
    }
    int rc = 0;
    if (o.repeat > 0) {
        time_parse(&o, src, size);
        free(src);
        return 0;
    }
    GiltArena arena;
    AstError err;
    gilt_arena_init(&arena);
    AstMod *mod = gilt_parse(&arena, src, size, o.path, o.mode, &err);
    if (mod) {
        char *s = gilt_ast_dump_ex(mod, o.locs);
        if (s)
            puts(s);
        free(s);
    } else {
        printf("%s: %s (line %d, offset %d, end %d:%d)%s\n",
               kind_name(err.kind), err.msg, err.lineno, err.offset,
               err.end_lineno, err.end_offset,
               err.incomplete ? " [incomplete]" : "");
        rc = 1;
    }
    gilt_arena_fini(&arena);
    free(src);
    return rc;
}
