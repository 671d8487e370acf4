/* ast.h - The abstract syntax tree the parser builds and the compiler reads.
 *
 * It mirrors CPython 3.11's Python.asdl node for node (names kept, so the
 * CPython documentation of the `ast` module describes these too). The tree
 * lives in a GiltArena and is freed with it; it holds no GC objects, so the
 * parser runs without the VM. Identifiers are NUL-terminated UTF-8 strings
 * in the arena. Every node carries CPython's location: lineno and
 * end_lineno are 1-based, col_offset and end_col_offset are 0-based UTF-8
 * byte offsets within their line.
 */
#ifndef GILT_AST_H
#define GILT_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// ---- arena --------------------------------------------------------------

typedef struct GiltArenaBlock GiltArenaBlock;
typedef struct GiltArena {
    GiltArenaBlock *head;
} GiltArena;

void gilt_arena_init(GiltArena *a);
void gilt_arena_fini(GiltArena *a);
// Zeroed, 8-byte aligned memory living until gilt_arena_fini; NULL when
// malloc fails.
void *gilt_arena_alloc(GiltArena *a, size_t size);
char *gilt_arena_strndup(GiltArena *a, const char *s, size_t n);

// ---- nodes --------------------------------------------------------------

typedef struct AstExpr AstExpr;
typedef struct AstStmt AstStmt;
typedef struct AstArg AstArg;
typedef struct AstKeyword AstKeyword;
typedef struct AstAlias AstAlias;
typedef struct AstWithItem AstWithItem;
typedef struct AstComprehension AstComprehension;
typedef struct AstExceptHandler AstExceptHandler;
typedef struct AstArguments AstArguments;

// Sequences: a count and an arena array of node pointers.
#define AST_SEQ(T)                                                             \
    struct {                                                                   \
        int n;                                                                 \
        T **items;                                                             \
    }
typedef AST_SEQ(AstExpr) AstExprSeq;
typedef AST_SEQ(AstStmt) AstStmtSeq;
typedef AST_SEQ(AstArg) AstArgSeq;
typedef AST_SEQ(AstKeyword) AstKeywordSeq;
typedef AST_SEQ(AstAlias) AstAliasSeq;
typedef AST_SEQ(AstWithItem) AstWithItemSeq;
typedef AST_SEQ(AstComprehension) AstComprehensionSeq;
typedef AST_SEQ(AstExceptHandler) AstExceptHandlerSeq;
typedef struct {
    int n;
    char **items;
} AstIdentSeq;
typedef struct {
    int n;
    int *items;
} AstIntSeq;

typedef struct AstLoc {
    int lineno, col_offset, end_lineno, end_col_offset;
} AstLoc;

typedef enum { AST_LOAD, AST_STORE, AST_DEL } AstContext;

typedef enum { AST_AND, AST_OR } AstBoolOp;

// Same order as GiltBinaryOp in runtime/object.h.
typedef enum {
    AST_ADD,
    AST_SUB,
    AST_MULT,
    AST_MATMULT,
    AST_DIV,
    AST_FLOORDIV,
    AST_MOD,
    AST_POW,
    AST_LSHIFT,
    AST_RSHIFT,
    AST_BITAND,
    AST_BITOR,
    AST_BITXOR
} AstOperator;

typedef enum { AST_INVERT, AST_NOT, AST_UADD, AST_USUB } AstUnaryOp;

// The first six in GiltCompareOp's order.
typedef enum {
    AST_LT,
    AST_LTE,
    AST_EQ,
    AST_NOTEQ,
    AST_GT,
    AST_GTE,
    AST_IS,
    AST_ISNOT,
    AST_IN,
    AST_NOTIN
} AstCmpOp;

// Constant kinds.
typedef enum {
    AST_CONST_NONE,
    AST_CONST_TRUE,
    AST_CONST_FALSE,
    AST_CONST_ELLIPSIS,
    AST_CONST_INT,     // fits int64: .i
    AST_CONST_BIGINT,  // too large for int64: .str holds the digits as
                       // written minus underscores, base prefix kept
                       // ("0x1ffffffffffffffff"), parsed by the compiler
    AST_CONST_FLOAT,   // .f
    AST_CONST_COMPLEX, // imaginary part in .f (3j)
    AST_CONST_STR,     // .str/.len: UTF-8, may hold NULs; escapes decoded
    AST_CONST_BYTES,   // .str/.len: raw bytes; escapes decoded
    AST_CONST_VALUE    // .value: folded by the compiler (compile_fold.c)
} AstConstKind;

typedef struct AstConstant {
    AstConstKind kind;
    int64_t i;
    double f;
    const char *str;
    size_t len;
    // CPython's Constant.kind: "u" when the (first) literal was written
    // u'...', else None. Only ast.dump shows it.
    bool u_prefix;
    // A runtime Value the compiler folded the node into; a GC object
    // held only while compiling, which runs no Python code.
    uint64_t value;
} AstConstant;

typedef enum {
    AST_BOOLOP,
    AST_NAMEDEXPR,
    AST_BINOP,
    AST_UNARYOP,
    AST_LAMBDA,
    AST_IFEXP,
    AST_DICT,
    AST_SET,
    AST_LISTCOMP,
    AST_SETCOMP,
    AST_DICTCOMP,
    AST_GENERATOREXP,
    AST_AWAIT,
    AST_YIELD,
    AST_YIELDFROM,
    AST_COMPARE,
    AST_CALL,
    AST_FORMATTEDVALUE,
    AST_JOINEDSTR,
    AST_CONSTANT,
    AST_ATTRIBUTE,
    AST_SUBSCRIPT,
    AST_STARRED,
    AST_NAME,
    AST_LIST,
    AST_TUPLE,
    AST_SLICE
} AstExprKind;

struct AstExpr {
    AstExprKind kind;
    AstLoc loc;
    bool nofold; // the compiler found it does not fold to a constant
    union {
        struct {
            AstBoolOp op;
            AstExprSeq values;
        } boolop;
        struct {
            AstExpr *target, *value;
        } namedexpr;
        struct {
            AstExpr *left;
            AstOperator op;
            AstExpr *right;
        } binop;
        struct {
            AstUnaryOp op;
            AstExpr *operand;
        } unaryop;
        struct {
            AstArguments *args;
            AstExpr *body;
        } lambda;
        struct {
            AstExpr *test, *body, *orelse;
        } ifexp;
        // keys.items[i] is NULL for a `**mapping` entry.
        struct {
            AstExprSeq keys, values;
        } dict;
        struct {
            AstExprSeq elts;
        } set;
        // listcomp, setcomp, generatorexp
        struct {
            AstExpr *elt;
            AstComprehensionSeq generators;
        } comp;
        struct {
            AstExpr *key, *value;
            AstComprehensionSeq generators;
        } dictcomp;
        struct {
            AstExpr *value; // await, yield (NULL: bare yield), yield from
        } unary;
        struct {
            AstExpr *left;
            AstIntSeq ops; // AstCmpOp values
            AstExprSeq comparators;
        } compare;
        struct {
            AstExpr *func;
            AstExprSeq args; // may contain AST_STARRED for *args
            AstKeywordSeq keywords;
        } call;
        // conversion: -1 none, else 's', 'r' or 'a'. format_spec is a
        // JoinedStr or NULL.
        struct {
            AstExpr *value;
            int conversion;
            AstExpr *format_spec;
        } formattedvalue;
        // values: Constant (str) and FormattedValue nodes. f"{x=}" is
        // already expanded to Constant("x=") + FormattedValue(x, 'r').
        struct {
            AstExprSeq values;
        } joinedstr;
        AstConstant constant;
        struct {
            AstExpr *value;
            const char *attr;
            AstContext ctx;
        } attribute;
        struct {
            AstExpr *value, *slice;
            AstContext ctx;
        } subscript;
        struct {
            AstExpr *value;
            AstContext ctx;
        } starred;
        struct {
            const char *id;
            AstContext ctx;
        } name;
        // list, tuple
        struct {
            AstExprSeq elts;
            AstContext ctx;
        } seq;
        struct {
            AstExpr *lower, *upper, *step; // each may be NULL
        } slice;
    } v;
};

typedef enum {
    AST_FUNCTIONDEF,
    AST_ASYNCFUNCTIONDEF,
    AST_CLASSDEF,
    AST_RETURN,
    AST_DELETE,
    AST_ASSIGN,
    AST_AUGASSIGN,
    AST_ANNASSIGN,
    AST_FOR,
    AST_ASYNCFOR,
    AST_WHILE,
    AST_IF,
    AST_WITH,
    AST_ASYNCWITH,
    AST_RAISE,
    AST_TRY,
    AST_ASSERT,
    AST_IMPORT,
    AST_IMPORTFROM,
    AST_GLOBAL,
    AST_NONLOCAL,
    AST_EXPR,
    AST_PASS,
    AST_BREAK,
    AST_CONTINUE
} AstStmtKind;

struct AstStmt {
    AstStmtKind kind;
    AstLoc loc;
    union {
        // functiondef, asyncfunctiondef
        struct {
            const char *name;
            AstArguments *args;
            AstStmtSeq body;
            AstExprSeq decorator_list;
            AstExpr *returns;
        } funcdef;
        struct {
            const char *name;
            AstExprSeq bases;
            AstKeywordSeq keywords;
            AstStmtSeq body;
            AstExprSeq decorator_list;
        } classdef;
        struct {
            AstExpr *value; // may be NULL
        } ret;
        struct {
            AstExprSeq targets;
        } del;
        // a = b = value: targets {a, b}
        struct {
            AstExprSeq targets;
            AstExpr *value;
        } assign;
        struct {
            AstExpr *target;
            AstOperator op;
            AstExpr *value;
        } augassign;
        struct {
            AstExpr *target, *annotation, *value; // value may be NULL
            int simple;
        } annassign;
        // for, asyncfor
        struct {
            AstExpr *target, *iter;
            AstStmtSeq body, orelse;
        } for_;
        // while, if
        struct {
            AstExpr *test;
            AstStmtSeq body, orelse;
        } cond;
        // with, asyncwith
        struct {
            AstWithItemSeq items;
            AstStmtSeq body;
        } with;
        struct {
            AstExpr *exc, *cause; // both may be NULL
        } raise;
        struct {
            AstStmtSeq body;
            AstExceptHandlerSeq handlers;
            AstStmtSeq orelse, finalbody;
        } try_;
        struct {
            AstExpr *test, *msg;
        } assert_;
        struct {
            AstAliasSeq names;
        } import;
        // module NULL for `from . import x`; level counts the dots.
        struct {
            const char *module;
            AstAliasSeq names;
            int level;
        } importfrom;
        // global, nonlocal
        struct {
            AstIdentSeq names;
        } names;
        struct {
            AstExpr *value;
        } expr;
    } v;
};

struct AstComprehension {
    AstExpr *target, *iter;
    AstExprSeq ifs;
    int is_async;
};

struct AstExceptHandler {
    AstLoc loc;
    AstExpr *type;    // NULL: bare except
    const char *name; // NULL: no `as`
    AstStmtSeq body;
};

struct AstArguments {
    AstArgSeq posonlyargs, args;
    AstArg *vararg; // NULL if none
    AstArgSeq kwonlyargs;
    AstExprSeq kw_defaults; // one per kwonlyarg; NULL item: no default
    AstArg *kwarg;          // NULL if none
    AstExprSeq defaults;    // for the last len(defaults) positional params
};

struct AstArg {
    AstLoc loc;
    const char *arg;
    AstExpr *annotation; // may be NULL
};

struct AstKeyword {
    AstLoc loc;
    const char *arg; // NULL for **kwargs
    AstExpr *value;
};

struct AstAlias {
    AstLoc loc;
    const char *name;   // dotted name, or "*"
    const char *asname; // may be NULL
};

struct AstWithItem {
    AstExpr *context_expr;
    AstExpr *optional_vars; // may be NULL
};

typedef enum {
    AST_MODE_FILE,   // a module: statements
    AST_MODE_SINGLE, // one interactive statement (REPL): echo expressions
    AST_MODE_EVAL    // one expression (eval())
} AstMode;

typedef struct AstMod {
    AstMode mode;
    AstStmtSeq body; // FILE and SINGLE
    AstExpr *expr;   // EVAL
} AstMod;

// ---- parsing (parser.c) ---------------------------------------------------

typedef enum {
    AST_ERR_SYNTAX,      // SyntaxError
    AST_ERR_INDENTATION, // IndentationError
    AST_ERR_TAB,         // TabError
    AST_ERR_NOMEM,       // out of memory (MemoryError)
    AST_ERR_RECURSION    // nesting too deep to compile (RecursionError)
} AstErrorKind;

// A syntax error, described as CPython's SyntaxError would describe it.
typedef struct AstError {
    AstErrorKind kind;
    char msg[256];  // "invalid syntax", "expected ':'", ...
    int lineno;     // 1-based
    int offset;     // 1-based column in characters (code points), as
                    // SyntaxError.offset; 0 when unknown
    int end_lineno; // 0 when unknown
    int end_offset; // 1-based, exclusive end column; 0 when unknown
    // The source line the error is on (NUL-terminated, in the arena), or
    // NULL.
    const char *text;
    // The input ended before the statement did (open bracket, missing
    // indented block, unterminated triple-quoted string, trailing
    // backslash): the REPL asks for another line instead of reporting.
    bool incomplete;
} AstError;

// Parse [size] bytes of UTF-8 [source] as [mode]. Returns the tree, or
// NULL with *err filled in. [filename] is only used in messages. The
// tree and err->text live in [arena].
AstMod *gilt_parse(GiltArena *arena, const char *source, size_t size,
                   const char *filename, AstMode mode, AstError *err);

// Debugging and tests: write the tree as CPython's ast.dump() would
// (without attributes), e.g. "Module(body=[Expr(value=Constant(value=1))],
// type_ignores=[])". Returns a malloc'd string the caller frees.
char *gilt_ast_dump(const AstMod *mod);

#endif
