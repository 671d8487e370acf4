# gilt - build, test, install.
#
#   make            build/gilt, build/libgilt.a, build/libgilt.so
#   make test       unit tests (Criterion) and script tests (vs CPython output)
#   make check      the same under ASan + UBSan with GC stress
#   make tsan       the threading tests under ThreadSanitizer
#   make demo       the GIL experiments (demos/gil): threads under each policy
#   make bench      benchmarks side by side with python3 (bench-gil: the GIL's)
#   make install    PREFIX=/usr/local DESTDIR=

CC      ?= gcc
PREFIX  ?= /usr/local
BUILD   ?= build
OPT     ?= -O2
CFLAGS  ?=
WARN    = -Wall -Wextra -Wno-unused-parameter -Wshadow=local -Wstrict-prototypes
BASE    = -std=gnu11 $(OPT) -g -fPIC -fvisibility=hidden -pthread $(WARN)
DEFS    ?=
ALL_CFLAGS = $(BASE) $(DEFS) $(CFLAGS)
LDLIBS  = -lm -lpthread -ldl
VERSION = 0.1.0

CORE_SRC := $(wildcard runtime/*.c) $(wildcard modules/*.c) \
            $(filter-out vm/main.c vm/repl.c,$(wildcard vm/*.c))
LIB_PY   := $(shell find lib -name '*.py' 2>/dev/null | sort)
CORE_OBJ := $(CORE_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/lib_embed.o
BIN_OBJ  := $(BUILD)/obj/vm/main.o $(BUILD)/obj/vm/repl.o
DEPS     := $(CORE_OBJ:.o=.d) $(BIN_OBJ:.o=.d)

.PHONY: all test check tsan demo bench install uninstall clean unit scripts \
        criterion regen-expected bench-gil

all: $(BUILD)/gilt $(BUILD)/libgilt.a $(BUILD)/libgilt.so

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

# lib/*.py embedded as C arrays, so the binary runs from any directory.
$(BUILD)/lib_embed.c: $(LIB_PY) vm/embed.sh
	@mkdir -p $(BUILD)
	sh vm/embed.sh $(LIB_PY) > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/lib_embed.o: $(BUILD)/lib_embed.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/libgilt.a: $(CORE_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/libgilt.so: $(CORE_OBJ)
	$(CC) -shared -pthread $(DEFS) -o $@ $^ $(LDLIBS)

$(BUILD)/obj/vm/repl.o: ALL_CFLAGS += -DGILT_WITH_READLINE=1

$(BUILD)/gilt: $(BIN_OBJ) $(BUILD)/libgilt.a
	$(CC) $(ALL_CFLAGS) -o $@ $(BIN_OBJ) $(BUILD)/libgilt.a $(LDLIBS) -lreadline

-include $(DEPS)

# ---- tests --------------------------------------------------------------------

UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

# Criterion is not on a fresh machine: install it (as root) or say how.
criterion:
	@if ! test -f /usr/include/criterion/criterion.h; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing libcriterion-dev"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	      apt-get install -y -qq libcriterion-dev >/dev/null || exit 1; \
	  else \
	    echo "Criterion is missing: run 'sudo apt-get install libcriterion-dev'"; \
	    exit 1; \
	  fi; \
	fi

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libgilt.a | criterion
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Wno-missing-field-initializers -o $@ $< \
	  $(BUILD)/libgilt.a -lcriterion $(LDLIBS)

unit: $(UNIT_BIN)
	@fail=0; for t in $(UNIT_BIN); do \
	  $$t --jobs=2 -q || fail=1; \
	done; \
	if [ $$fail = 0 ]; then echo "unit tests: all passed"; \
	else echo "unit tests: FAILED"; exit 1; fi

scripts: $(BUILD)/gilt
	@sh tests/run_scripts.sh $(BUILD)/gilt

test: all criterion
	@$(MAKE) --no-print-directory unit
	@$(MAKE) --no-print-directory scripts
	@python3 tests/repl/run.py $(BUILD)/gilt
	@sh tests/run_seeds.sh $(BUILD)/gilt

# Expected outputs come from CPython: regenerate them after adding tests.
regen-expected:
	sh tests/regen_expected.sh

check:
	@$(MAKE) --no-print-directory BUILD=build-check OPT=-O1 \
	  DEFS="-fsanitize=address,undefined -fno-omit-frame-pointer \
	        -DGILT_DEBUG=1 -DGILT_DEBUG_STRESS_GC=1 -DGILT_SMALL_ALLOC=0" \
	  CFLAGS="$(CFLAGS)" GILT_TEST_SKIP_HEAVY=1 test

# The areas whose tests run under ThreadSanitizer. (Criterion itself cannot
# start under TSan, Snaipe/Criterion#274, so the unit tests stay out.)
TSAN_AREAS = threading queue futures gil

tsan:
	@$(MAKE) --no-print-directory BUILD=build-tsan OPT=-O1 \
	  DEFS="-fsanitize=thread -DGILT_DEBUG=1 -DGILT_SMALL_ALLOC=0" \
	  CFLAGS="$(CFLAGS)" all
	@GILT_TEST_AREAS="$(TSAN_AREAS)" sh tests/run_scripts.sh build-tsan/gilt

demo: all
	@$(BUILD)/gilt demos/gil/run.py --trace $(BUILD)/gil-demo-trace.json

bench: all
	@sh bench/run.sh $(BUILD)/gilt
	@$(MAKE) --no-print-directory bench-gil

# The GIL benchmarks; build-notick counts ticks only at backward jumps and
# returns, to measure what counting every instruction costs.
bench-gil: all
	@$(MAKE) --no-print-directory BUILD=build-notick \
	  DEFS="-DGILT_TICK_EVERY_INSN=0" CFLAGS="$(CFLAGS)" build-notick/gilt
	@python3 bench/gil/run.py $(BUILD)/gilt build-notick/gilt

# ---- install -------------------------------------------------------------------

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib \
	  $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 755 $(BUILD)/gilt $(DESTDIR)$(PREFIX)/bin/gilt
	install -m 644 $(BUILD)/libgilt.a $(DESTDIR)$(PREFIX)/lib/libgilt.a
	install -m 755 $(BUILD)/libgilt.so $(DESTDIR)$(PREFIX)/lib/libgilt.so
	install -m 644 vm/gilt.h $(DESTDIR)$(PREFIX)/include/gilt.h
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(VERSION)|g' \
	  vm/gilt.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/gilt.pc

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/gilt $(DESTDIR)$(PREFIX)/lib/libgilt.a \
	  $(DESTDIR)$(PREFIX)/lib/libgilt.so $(DESTDIR)$(PREFIX)/include/gilt.h \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig/gilt.pc

clean:
	rm -rf build build-check build-tsan build-notick
