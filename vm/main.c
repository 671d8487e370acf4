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
    "--gil=ticks|interval|legacy : the GIL's switching policy (default ticks:\n"
    "         hand over every check interval ticks, threads back from I/O\n"
    "         first; interval: CPython 3.2+; legacy: Python 2)\n"
    "--check-interval=N : ticks a CPU-bound thread runs before handing over\n"
    "--switch-interval=S : seconds a waiter waits before asking (interval)\n"
    "--gil-stats : print per-thread GIL statistics to stderr at exit\n"
    "--gil-trace=FILE : write every GIL event to FILE as Chrome trace JSON\n"
    "         (open it in https://ui.perfetto.dev)\n"
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
    const char *gil;     // --gil=
    int check_interval;  // --check-interval=
    double switch_interval; // --switch-interval=
    bool gil_stats;      // --gil-stats
    const char *gil_trace; // --gil-trace=
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

// The value of "--name=value" or "--name value" for option [name], with
// [*i] moved past it; NULL when [a] is another option. *missing is set
// when the value is absent (the next argument is another option).
static const char *long_value(int argc, char **argv, int *i, const char *name,
                              bool *missing) {
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (strncmp(a, name, n))
        return NULL;
    if (a[n] == '=')
        return a + n + 1;
    if (a[n])
        return NULL;
    if (*i + 1 < argc && argv[*i + 1][0] != '-')
        return argv[++*i];
    *missing = true;
    return NULL;
}

// The GIL options; returns -1 when [argv[*i]] is one of them and fine,
// 2 on a usage error, 0 when it is not a GIL option.
static int gil_option(int argc, char **argv, int *i, Options *o) {
    bool missing = false;
    const char *v;
    if (!strcmp(argv[*i], "--gil-stats")) {
        o->gil_stats = true;
        return -1;
    }
    if ((v = long_value(argc, argv, i, "--gil-trace", &missing))) {
        o->gil_trace = v;
        return -1;
    }
    if ((v = long_value(argc, argv, i, "--gil", &missing))) {
        if (strcmp(v, "ticks") && strcmp(v, "interval") && strcmp(v, "legacy"))
            return usage_error("--gil: unknown policy '%s' (ticks, interval or legacy)\n", v);
        o->gil = v;
        return -1;
    }
    if ((v = long_value(argc, argv, i, "--check-interval", &missing))) {
        char *end;
        long n = strtol(v, &end, 10);
        if (*end || end == v || n < 1 || n > 1000000000)
            return usage_error("--check-interval: expected a number of ticks >= 1, not '%s'\n", v);
        o->check_interval = (int)n;
        return -1;
    }
    if ((v = long_value(argc, argv, i, "--switch-interval", &missing))) {
        char *end;
        double s = strtod(v, &end);
        if (*end || end == v || !(s > 0) || s > 1e6)
            return usage_error("--switch-interval: expected seconds > 0, not '%s'\n", v);
        o->switch_interval = s;
        return -1;
    }
    if (missing)
        return usage_error("Argument expected for the %s option\n", argv[*i]);
    return 0;
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
        if (a[1] == '-') {
            int g = gil_option(argc, argv, &i, o);
            if (g == -1)
                continue;
            if (g)
                return g;
            return usage_error("unknown option %s\n", a);
        }
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
    config.gil_policy = o.gil;
    config.check_interval = o.check_interval;
    config.switch_interval = o.switch_interval;
    config.gil_stats = o.gil_stats;
    config.gil_trace = o.gil_trace;
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
