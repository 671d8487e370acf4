/* main.c - The `gilt` command: an ordinary embedder of gilt.h.
 *
 *   gilt [options] [-c cmd | -m mod | file | -] [args...]
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gilt.h"
#include "repl.h"

static const char usage_line[] =
    "usage: gilt [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char help_text[] =
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-q     : don't print version messages on interactive startup\n"
    "-E     : ignore GILT* environment variables (such as GILTPATH)\n"
    "-u     : unbuffered stdout and stderr (accepted; gilt flushes at exit)\n"
    "-V     : print the gilt version number and exit (also --version)\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n"
    "\n"
    "Environment variables:\n"
    "GILTPATH    : ':'-separated list of directories prefixed to the module\n"
    "              search path.\n"
    "GILT_HISTORY: the REPL's history file (default ~/.gilt_history).\n";

typedef struct Options {
    const char *command; // -c
    const char *module;  // -m
    const char *script;  // file or "-"
    bool interactive;    // -i
    bool quiet;          // -q
    bool no_env;         // -E
    int argc;            // the rest, for sys.argv
    char **argv;
} Options;

static GiltVM *current_vm; // for the SIGINT handler only

static void on_sigint(int sig) {
    (void)sig;
    if (current_vm)
        gilt_interrupt(current_vm);
}

static int usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, fmt, arg);
    fputs(usage_line, stderr);
    fputs("Try `gilt -h' for more information.\n", stderr);
    return 2;
}

// Parse options; returns -1 to continue, else an exit status.
static int parse_options(int argc, char **argv, Options *o) {
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || !strcmp(a, "-"))
            break;
        if (!strcmp(a, "--")) {
            i++;
            break;
        }
        if (!strcmp(a, "--help") || !strcmp(a, "-h") || !strcmp(a, "-?")) {
            printf("%s%s", usage_line, help_text);
            return 0;
        }
        if (!strcmp(a, "--version") || !strcmp(a, "-V")) {
            printf("gilt %s (Python %s)\n", gilt_version(), GILT_PYTHON_VERSION);
            return 0;
        }
        if (a[1] == '-')
            return usage_error("unknown option %s\n", a);
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'c':
            case 'm': {
                const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!val)
                    return usage_error("Argument expected for the -%s option\n",
                                       *p == 'c' ? "c" : "m");
                if (*p == 'c')
                    o->command = val;
                else
                    o->module = val;
                o->argc = argc - i - 1;
                o->argv = argv + i + 1;
                return -1;
            }
            case 'i':
                o->interactive = true;
                break;
            case 'q':
                o->quiet = true;
                break;
            case 'E':
                o->no_env = true;
                break;
            case 'u':
            case 'B':
            case 's':
            case 'S':
            case 'O':
                break;
            default: {
                char opt[3] = {'-', *p, 0};
                return usage_error("Unknown option: %s\n", opt);
            }
            }
        }
    }
    if (i < argc) {
        o->script = argv[i];
        o->argc = argc - i - 1;
        o->argv = argv + i + 1;
    }
    return -1;
}

static GiltStatus set_args(GiltVM *vm, const char *first, Options *o) {
    const char **args = malloc(sizeof(char *) * (size_t)(o->argc + 1));
    if (!args)
        return GILT_EXCEPTION;
    args[0] = first;
    for (int i = 0; i < o->argc; i++)
        args[i + 1] = o->argv[i];
    GiltStatus st = gilt_set_argv(vm, o->argc + 1, args);
    free(args);
    return st;
}

static char *read_stdin(void) {
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n - 1, stdin);
        n += r;
        if (r == 0)
            break;
        if (n + 1 == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
    }
    if (buf)
        buf[n] = 0;
    return buf;
}

static GiltStatus run_script(GiltVM *vm, Options *o) {
    if (strcmp(o->script, "-")) {
        FILE *f = fopen(o->script, "r");
        if (!f) {
            fprintf(stderr, "gilt: can't open file '%s': [Errno %d] %s\n",
                    o->script, errno, strerror(errno));
            return (GiltStatus)-2;
        }
        fclose(f);
        if (set_args(vm, o->script, o) != GILT_OK)
            return GILT_EXCEPTION;
        return gilt_run_file(vm, o->script);
    }
    if (set_args(vm, "-", o) != GILT_OK)
        return GILT_EXCEPTION;
    char *src = read_stdin();
    if (!src)
        return GILT_EXCEPTION;
    GiltStatus st = gilt_run_string(vm, src, "<stdin>");
    free(src);
    return st;
}

static int run(GiltVM *vm, Options *o) {
    GiltStatus st = GILT_OK;
    bool repl = o->interactive;
    if (o->command) {
        st = set_args(vm, "-c", o);
        if (st == GILT_OK)
            st = gilt_run_string(vm, o->command, "<string>");
    } else if (o->module) {
        st = set_args(vm, o->module, o);
        if (st == GILT_OK)
            st = gilt_run_module(vm, o->module);
    } else if (o->script || !isatty(0)) {
        if (!o->script)
            o->script = "-";
        st = run_script(vm, o);
        if ((int)st == -2)
            return 2;
    } else {
        repl = true;
        set_args(vm, "", o);
    }
    if (repl && st != GILT_EXIT)
        return gilt_repl(vm, o->quiet || o->command || o->script || o->module);
    return st == GILT_OK ? 0 : gilt_exit_status(vm);
}

int main(int argc, char **argv) {
    Options o;
    memset(&o, 0, sizeof o);
    int r = parse_options(argc, argv, &o);
    if (r >= 0)
        return r;
    GiltConfig config;
    gilt_config_init(&config);
    config.use_environment = !o.no_env;
    GiltVM *vm = gilt_vm_new(&config);
    if (!vm) {
        fputs("gilt: cannot create the interpreter (out of memory)\n", stderr);
        return 1;
    }
    current_vm = vm;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    int status = run(vm, &o);
    current_vm = NULL;
    gilt_vm_free(vm);
    return status;
}
