/* importer.c - Finding module sources: the lib/ modules embedded in the
 * binary (vm/libtable.h) and .py files in the directories of sys.path.
 */
#include "importer.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "../runtime/list.h"
#include "../runtime/str.h"
#include "../vm/libtable.h"
#include "../vm/state.h"

char *gilt_read_file(GiltThread *ts, const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        Value fn = gilt_str_from_cstr(ts, path);
        gilt_raise_errno(ts, errno, fn ? fn : VAL_NULL);
        return NULL;
    }
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1)
            break;
        char *nb = realloc(buf, cap * 2);
        if (!nb) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    int err = ferror(f) ? errno : 0;
    fclose(f);
    if (!buf) {
        gilt_raise_nomem(ts);
        return NULL;
    }
    if (err) {
        free(buf);
        gilt_raise_errno(ts, err, gilt_str_from_cstr(ts, path));
        return NULL;
    }
    buf[n] = 0;
    *size = n;
    return buf;
}

void gilt_found_free(GiltFound *f) {
    if (!f->borrowed)
        free(f->source);
    f->source = NULL;
}

static bool find_embedded(const char *fullname, GiltFound *out) {
    for (const GiltLibModule *m = gilt_lib_modules; m->name; m++) {
        if (strcmp(m->name, fullname))
            continue;
        out->source = (char *)m->source;
        out->size = m->size;
        out->borrowed = true;
        out->is_package = m->is_package;
        snprintf(out->filename, sizeof out->filename, "%s/%s", GILT_LIB_PATH,
                 m->path);
        if (m->is_package) {
            snprintf(out->pkgdir, sizeof out->pkgdir, "%s/%s", GILT_LIB_PATH,
                     m->path);
            char *slash = strrchr(out->pkgdir, '/');
            if (slash)
                *slash = 0;
        }
        return true;
    }
    return false;
}

static bool is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static int find_in_dir(GiltThread *ts, const char *dir, const char *leaf,
                       GiltFound *out) {
    char path[1024];
    snprintf(out->pkgdir, sizeof out->pkgdir, "%s/%s", dir, leaf);
    snprintf(path, sizeof path, "%s/%s/__init__.py", dir, leaf);
    bool pkg = is_file(path);
    if (!pkg) {
        snprintf(path, sizeof path, "%s/%s.py", dir, leaf);
        if (!is_file(path))
            return 0;
    }
    out->source = gilt_read_file(ts, path, &out->size);
    if (!out->source)
        return -1;
    out->borrowed = false;
    out->is_package = pkg;
    snprintf(out->filename, sizeof out->filename, "%s", path);
    return 1;
}

int gilt_importer_find(GiltThread *ts, const char *fullname, const char *leaf,
                       Value path, GiltFound *out) {
    memset(out, 0, sizeof *out);
    if (!GILT_IS_SUB(ts, path, GILT_TF_LIST_SUB))
        return 0;
    GiltList *l = AS_LIST(path);
    size_t liblen = strlen(GILT_LIB_PATH);
    for (size_t i = 0; i < l->len; i++) {
        Value e = l->items[i];
        if (!GILT_IS_SUB(ts, e, GILT_TF_STR_SUB))
            continue;
        const char *dir = AS_STR(e)->data;
        // Entries inside the embedded lib (the lib itself, or a package's
        // __path__ there) resolve by full module name.
        if (!strncmp(dir, GILT_LIB_PATH, liblen)) {
            if (find_embedded(fullname, out))
                return 1;
            continue;
        }
        int r = find_in_dir(ts, dir[0] ? dir : ".", leaf, out);
        if (r)
            return r;
    }
    return 0;
}
