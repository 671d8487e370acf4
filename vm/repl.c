/* repl.c - The interactive prompt: GNU readline (callback interface, so
 * Ctrl-C cancels the line without longjmp), history in ~/.gilt_history
 * (or $GILT_HISTORY), Tab completion through gilt_complete(), and
 * CPython's rules for when a statement is complete.
 *
 * An ordinary embedder: of gilt's headers it uses only gilt.h.
 */
#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

#include "repl.h"

#if GILT_WITH_READLINE
#include <readline/history.h>
#include <readline/readline.h>
#endif

typedef struct Repl {
    GiltVM *vm;
    char *buf; // the statement so far
    size_t len, cap;
    char history[1024];
    bool tty;
} Repl;

// The one piece of state signal handlers and readline callbacks share.
static struct {
    volatile sig_atomic_t sigint;
    bool got_line;
    char *line; // NULL at EOF
    GiltVM *vm;
    char **matches;
    size_t next_match;
} rs;

static void on_sigint_input(int sig) {
    (void)sig;
    rs.sigint = 1;
}

static void on_sigint_running(int sig) {
    (void)sig;
    if (rs.vm)
        gilt_interrupt(rs.vm);
}

static void set_sigint(void (*handler)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigaction(SIGINT, &sa, NULL);
}

static bool append(Repl *r, const char *line) {
    size_t n = strlen(line);
    if (r->len + n + 2 > r->cap) {
        size_t cap = (r->len + n + 2) * 2;
        char *b = realloc(r->buf, cap);
        if (!b)
            return false;
        r->buf = b;
        r->cap = cap;
    }
    memcpy(r->buf + r->len, line, n);
    r->len += n;
    r->buf[r->len++] = '\n';
    r->buf[r->len] = 0;
    return true;
}

#if GILT_WITH_READLINE
static void on_line(char *line) {
    rs.got_line = true;
    rs.line = line;
    rl_callback_handler_remove();
}

static char *completion_generator(const char *text, int state) {
    if (state == 0) {
        if (rs.matches) {
            for (size_t i = 0; rs.matches[i]; i++)
                free(rs.matches[i]);
            free(rs.matches);
        }
        rs.matches = gilt_complete(rs.vm, text);
        rs.next_match = 0;
    }
    if (!rs.matches || !rs.matches[rs.next_match])
        return NULL;
    return strdup(rs.matches[rs.next_match++]);
}

static char **complete(const char *text, int start, int end) {
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1;
    // Tab on blank input indents, as in CPython's REPL.
    if (!*text && rl_line_buffer[strspn(rl_line_buffer, " \t")] == 0) {
        rl_insert_text("\t");
        return NULL;
    }
    rl_completion_append_character = '\0';
    return rl_completion_matches(text, completion_generator);
}

// One line from readline, or NULL at EOF; Ctrl-C sets rs.sigint.
static char *read_line_tty(const char *prompt) {
    rs.got_line = false;
    rs.line = NULL;
    rl_callback_handler_install(prompt, on_line);
    // SIGINT stays blocked except inside pselect, so a Ctrl-C between the
    // look at rs.sigint and the wait cannot be lost.
    sigset_t block, orig;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    pthread_sigmask(SIG_BLOCK, &block, &orig);
    while (!rs.got_line) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(0, &fds);
        // The VM's threads run while the prompt waits; readline's
        // completion (gilt_complete) runs with the GIL held again.
        gilt_release_gil(rs.vm);
        int n = rs.sigint ? 0 : pselect(1, &fds, NULL, NULL, NULL, &orig);
        gilt_acquire_gil(rs.vm);
        if (rs.sigint) {
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_callback_handler_remove();
            pthread_sigmask(SIG_SETMASK, &orig, NULL);
            return NULL;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            break;
        rl_callback_read_char();
    }
    pthread_sigmask(SIG_SETMASK, &orig, NULL);
    return rs.line;
}
#endif

static char *read_line_plain(const char *prompt) {
    fputs(prompt, stderr);
    fflush(stderr);
    size_t cap = 0;
    char *line = NULL;
    gilt_release_gil(rs.vm);
    ssize_t n = getline(&line, &cap, stdin);
    gilt_acquire_gil(rs.vm);
    if (n < 0) {
        free(line);
        return NULL;
    }
    if (n > 0 && line[n - 1] == '\n')
        line[n - 1] = 0;
    return line;
}

static char *read_line(Repl *r, const char *prompt) {
#if GILT_WITH_READLINE
    if (r->tty)
        return read_line_tty(prompt);
#endif
    return read_line_plain(prompt);
}

static bool blank(const char *s) {
    return s[strspn(s, " \t\r\n")] == 0;
}

// Does [w] start with a compound statement's keyword ("while x: pass"
// on one line still waits for the empty line, as in CPython)?
static bool compound_keyword(const char *w) {
    static const char *const kws[] = {"if",  "while", "for",   "def",
                                      "class", "with", "try", "async"};
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++) {
        size_t n = strlen(kws[i]);
        if (!strncmp(w, kws[i], n) && !isalnum((unsigned char)w[n]) && w[n] != '_')
            return true;
    }
    return false;
}

// A compound statement waits for an empty line (CPython's codeop rule).
static bool needs_more(Repl *r, const char *first) {
    size_t n = strlen(first);
    while (n && strchr(" \t", first[n - 1]))
        n--;
    const char *hash = strchr(first, '#');
    if (hash && (size_t)(hash - first) < n) {
        n = (size_t)(hash - first);
        while (n && strchr(" \t", first[n - 1]))
            n--;
    }
    bool multi = memchr(r->buf, '\n', r->len - 1) != NULL;
    const char *w = first + strspn(first, " \t");
    return multi || (n && first[n - 1] == ':') || *w == '@' || compound_keyword(w);
}

static void load_history(Repl *r) {
    const char *env = getenv("GILT_HISTORY");
    const char *home = getenv("HOME");
    if (env && *env)
        snprintf(r->history, sizeof r->history, "%s", env);
    else if (home)
        snprintf(r->history, sizeof r->history, "%s/.gilt_history", home);
#if GILT_WITH_READLINE
    if (r->tty && r->history[0]) {
        read_history(r->history);
        stifle_history(1000);
    }
#endif
}

static void save_history(Repl *r) {
#if GILT_WITH_READLINE
    if (r->tty && r->history[0])
        write_history(r->history);
#else
    (void)r;
#endif
}

static bool is_exit_word(const char *line) {
    size_t s = strspn(line, " \t"), n = strlen(line + s);
    while (n && strchr(" \t", line[s + n - 1]))
        n--;
    return (n == 4 && !strncmp(line + s, "exit", 4)) ||
           (n == 4 && !strncmp(line + s, "quit", 4));
}

// Run the collected statement; returns -1 to keep going, else a status.
static int run_buffer(Repl *r) {
    set_sigint(on_sigint_running);
    GiltStatus st = gilt_run_interactive(r->vm, r->buf);
    set_sigint(on_sigint_input);
    r->len = 0;
    if (r->buf)
        r->buf[0] = 0;
    return st == GILT_EXIT ? gilt_exit_status(r->vm) : -1;
}

static int loop(Repl *r) {
    const char *first = NULL;
    char *firstcopy = NULL;
    for (;;) {
        char *line = read_line(r, r->len ? "... " : ">>> ");
        if (rs.sigint) {
            rs.sigint = 0;
            fputs("\nKeyboardInterrupt\n", stderr);
            r->len = 0;
            free(firstcopy);
            firstcopy = NULL;
            continue;
        }
        if (!line) {
            fputc('\n', stdout);
            free(firstcopy);
            return r->len ? (run_buffer(r) < 0 ? 0 : gilt_exit_status(r->vm)) : 0;
        }
#if GILT_WITH_READLINE
        if (r->tty && !blank(line))
            add_history(line);
#endif
        if (!r->len && is_exit_word(line)) {
            free(line);
            return 0;
        }
        if (!r->len && blank(line)) {
            free(line);
            continue;
        }
        bool ended = r->len && blank(line);
        if (!ended && !append(r, line)) {
            free(line);
            return 1;
        }
        if (!firstcopy)
            firstcopy = strdup(line);
        first = firstcopy ? firstcopy : "";
        free(line);
        GiltSourceKind k = gilt_source_kind(r->vm, r->buf);
        if (k == GILT_SOURCE_INCOMPLETE && !ended)
            continue;
        if (k == GILT_SOURCE_COMPLETE && !ended && needs_more(r, first))
            continue;
        free(firstcopy);
        firstcopy = NULL;
        int st = run_buffer(r);
        if (st >= 0)
            return st;
    }
}

int gilt_repl(GiltVM *vm, bool quiet) {
    Repl r;
    memset(&r, 0, sizeof r);
    r.vm = vm;
    r.tty = isatty(0);
    rs.vm = vm;
    if (!quiet)
        printf("gilt %s (Python %s) on linux\n"
               "Type \"exit\" or Ctrl-D to leave.\n",
               gilt_version(), GILT_PYTHON_VERSION);
#if GILT_WITH_READLINE
    rl_readline_name = "gilt";
    rl_attempted_completion_function = complete;
    rl_completer_word_break_characters = " \t\n\"\\'`@$><=;|&{(";
    rl_catch_signals = 0;
#endif
    load_history(&r);
    set_sigint(on_sigint_input);
    int st = loop(&r);
    save_history(&r);
    set_sigint(on_sigint_running);
    free(r.buf);
    return st;
}
