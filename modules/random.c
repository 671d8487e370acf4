/* random.c - The _random module: the Mersenne Twister (MT19937) Random
 * type exactly as CPython's _randommodule.c drives it (seeding by
 * init_by_array over the 32-bit chunks of abs(n) or of hash(x), random()
 * from two words, getrandbits, getstate/setstate), plus _sha512 and
 * _urandom helpers for lib/random.py.
 */
#include <errno.h>
#include <unistd.h>

#include "../runtime/bigint.h"
#include "../runtime/bytes.h"
#include "../runtime/module.h"
#include "../runtime/tuple.h"
#include "../runtime/type.h"
#include "random.h"
#include "sha512.h"

#define ARGS GiltThread *ts, Value *args, int nargs, GiltTuple *kw

#define N 624
#define M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

typedef struct GiltRandom {
    GiltObject obj;
    int index;
    uint32_t state[N];
} GiltRandom;

#define AS_RANDOM(v) ((GiltRandom *)AS_OBJ(v))

// ---- the generator ---------------------------------------------------------------

static uint32_t genrand_uint32(GiltRandom *r) {
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t *mt = r->state, y;
    if (r->index >= N) { // generate N words at once
        int kk;
        for (kk = 0; kk < N - M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        r->index = 0;
    }
    y = mt[r->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void init_genrand(GiltRandom *r, uint32_t s) {
    uint32_t *mt = r->state;
    mt[0] = s;
    for (int i = 1; i < N; i++)
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = N;
}

static void init_by_array(GiltRandom *r, const uint32_t *key, size_t len) {
    uint32_t *mt = r->state;
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = N > len ? N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] +
                (uint32_t)j;
        i++, j++;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) -
                (uint32_t)i;
        i++;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U; // MSB is 1, assuring a non-zero initial array
}

// ---- seeding -------------------------------------------------------------------------

static int fill_entropy(void *buf, size_t len) {
    for (size_t off = 0; off < len; off += 256) {
        size_t n = len - off < 256 ? len - off : 256;
        if (getentropy((char *)buf + off, n) < 0)
            return -1;
    }
    return 0;
}

static void seed_urandom(GiltRandom *r) {
    uint32_t key[N];
    if (fill_entropy(key, sizeof key) < 0) {
        // No entropy source: fall back on the address and the clock.
        key[0] = (uint32_t)(uintptr_t)r;
        key[1] = (uint32_t)getpid();
        init_by_array(r, key, 2);
        return;
    }
    init_by_array(r, key, N);
}

// seed(arg): None from system entropy; an int by its absolute value;
// anything else by its hash (as an unsigned 64-bit number).
int gilt_random_seed(GiltThread *ts, Value self, Value arg) {
    GiltRandom *r = AS_RANDOM(self);
    if (!arg || arg == VAL_NONE) {
        seed_urandom(r);
        return 0;
    }
    Value n;
    if (gilt_is_int(ts, arg)) {
        n = gilt_int_value(ts, arg);
        if (!n || !(n = gilt_int_abs(ts, n)))
            return -1;
    } else {
        int64_t h;
        if (gilt_hash(ts, arg, &h) < 0 || !(n = gilt_int_from_u64(ts, (uint64_t)h)))
            return -1;
    }
    GiltIntView w;
    gilt_int_view(n, &w);
    uint32_t zero = 0;
    init_by_array(r, w.n ? w.d : &zero, w.n ? w.n : 1);
    return 0;
}

// ---- methods ----------------------------------------------------------------------------

static Value random_new(ARGS) {
    GiltType *cls = AS_TYPE(args[0]);
    GiltRandom *r = gilt_alloc_instance(ts, cls, sizeof(GiltRandom));
    return r ? OBJ_VAL(r) : VAL_NULL;
}

static Value random_init(ARGS) {
    GiltType *t = gilt_typeof(ts, args[0]);
    if (kw && kw->len && t->solid == t)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "Random() takes no keyword arguments");
    if (nargs > 2)
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "Random() requires 0 or 1 argument");
    return gilt_random_seed(ts, args[0], nargs > 1 ? args[1] : VAL_NULL) < 0
               ? VAL_NULL
               : VAL_NONE;
}

static Value random_seed(ARGS) {
    return gilt_random_seed(ts, args[0], nargs > 1 ? args[1] : VAL_NULL) < 0
               ? VAL_NULL
               : VAL_NONE;
}

static Value random_random(ARGS) {
    GiltRandom *r = AS_RANDOM(args[0]);
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    return FLOAT_VAL((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static Value random_getrandbits(ARGS) {
    int64_t k;
    if (!gilt_is_int(ts, args[1]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "'%T' object cannot be interpreted as an integer",
                          args[1]);
    if (gilt_int_to_i64(ts, args[1], &k) < 0 || k > INT32_MAX || k < INT32_MIN) {
        gilt_exc_clear(ts);
        return gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                          "Python int too large to convert to C int");
    }
    if (k < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR,
                          "number of bits must be non-negative");
    GiltRandom *r = AS_RANDOM(args[0]);
    if (k == 0)
        return INT_VAL(0);
    if (k <= 32)
        return gilt_int_from_u64(ts, genrand_uint32(r) >> (32 - k));
    size_t words = (size_t)(k - 1) / 32 + 1;
    GiltBigInt *b = gilt_int_alloc(ts, words);
    if (!b)
        return VAL_NULL;
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = genrand_uint32(r);
        b->digits[i] = k < 32 ? x >> (32 - k) : x; // drop low bits of the last
    }
    return gilt_int_finish(b, 1);
}

static Value random_getstate(ARGS) {
    GiltRandom *r = AS_RANDOM(args[0]);
    GiltTuple *t = gilt_tuple_new(ts, N + 1);
    if (!t)
        return VAL_NULL;
    for (int i = 0; i < N; i++)
        t->items[i] = INT_VAL(r->state[i]);
    t->items[N] = INT_VAL(r->index);
    return OBJ_VAL(t);
}

// One state word: an int read as C's unsigned long then cut to 32 bits.
static int state_word(GiltThread *ts, Value x, uint32_t *out) {
    if (!gilt_is_int(ts, x)) {
        gilt_raise(ts, GILT_EXC_TYPE_ERROR, "an integer is required");
        return -1;
    }
    GiltIntView w;
    gilt_int_view(x, &w);
    if (w.sign < 0 || w.n > 2) {
        gilt_raise(ts, GILT_EXC_OVERFLOW_ERROR,
                   w.sign < 0 ? "can't convert negative value to unsigned int"
                              : "Python int too large to convert to C unsigned long");
        return -1;
    }
    *out = w.n ? w.d[0] : 0;
    return 0;
}

static Value random_setstate(ARGS) {
    Value st = args[1];
    if (!GILT_IS_SUB(ts, st, GILT_TF_TUPLE_SUB))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "state vector must be a tuple");
    GiltTuple *t = AS_TUPLE(st);
    if (t->len != N + 1)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "state vector is the wrong size");
    uint32_t fresh[N];
    for (int i = 0; i < N; i++)
        if (state_word(ts, t->items[i], &fresh[i]) < 0)
            return VAL_NULL;
    int64_t index;
    if (!gilt_is_int(ts, t->items[N]))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR, "an integer is required");
    if (gilt_int_to_i64(ts, t->items[N], &index) < 0)
        return VAL_NULL;
    if (index < 0 || index > N)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "invalid state");
    GiltRandom *r = AS_RANDOM(args[0]);
    memcpy(r->state, fresh, sizeof fresh);
    r->index = (int)index;
    return VAL_NONE;
}

static const GiltMethodDef random_methods[] = {
    {"__new__", random_new, 0, -1, GILT_M_STATIC | GILT_M_KW},
    {"__init__", random_init, 0, -1, GILT_M_KW},
    {"seed", random_seed, 0, 1, 0},
    {"random", random_random, 0, 0, 0},
    {"getrandbits", random_getrandbits, 1, 1, 0},
    {"getstate", random_getstate, 0, 0, 0},
    {"setstate", random_setstate, 1, 1, 0},
    {NULL}};

// ---- module functions -------------------------------------------------------------------

// _sha512(data): the SHA-512 digest (64 bytes) of a bytes-like object.
static Value mod_sha512(ARGS) {
    GiltBuffer buf;
    if (!gilt_bytes_buffer(ts, args[0], &buf))
        return gilt_raise(ts, GILT_EXC_TYPE_ERROR,
                          "a bytes-like object is required, not '%T'", args[0]);
    uint8_t digest[64];
    gilt_sha512(buf.data, buf.size, digest);
    return gilt_bytes_new(ts, (const char *)digest, 64);
}

// _urandom(n): n bytes from the system's entropy source.
static Value mod_urandom(ARGS) {
    int64_t n;
    if (gilt_index(ts, args[0], &n) < 0)
        return VAL_NULL;
    if (n < 0)
        return gilt_raise(ts, GILT_EXC_VALUE_ERROR, "negative argument not allowed");
    GiltBytes *b = gilt_bytes_alloc(ts, (size_t)n);
    if (!b)
        return VAL_NULL;
    if (fill_entropy(b->data, (size_t)n) < 0)
        return gilt_raise_errno(ts, errno, VAL_NULL);
    b->data[n] = 0;
    return OBJ_VAL(b);
}

static const GiltMethodDef module_functions[] = {
    {"_sha512", mod_sha512, 1, 1, 0},
    {"_urandom", mod_urandom, 1, 1, 0},
    {NULL}};

static int random_module_init(GiltThread *ts, Value m) {
    static const GiltTypeSpec spec = {
        .name = "Random",
        .module = "_random",
        .doc = "Random() -> create a random number generator with its own "
               "internal state.",
        .basicsize = sizeof(GiltRandom),
        .flags = GILT_TF_BASETYPE,
        .methods = random_methods,
    };
    GiltType *t = gilt_type_from_spec(ts, &spec, GILT_T__COUNT);
    return t ? gilt_module_add_type(ts, m, t) : -1;
}

const GiltModuleDef gilt_module__random = {
    .name = "_random",
    .doc = "Module implements the Mersenne Twister random number generator.",
    .functions = module_functions,
    .init = random_module_init,
};
