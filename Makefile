# Makefile for accord.
#
#   make              build build/accord
#   make bins         build it and every test program (unit, store, fuzz)
#   make test         build, then run the whole test suite (tests/run)
#   make test-pg      the store, CLI and HTTP tests on PostgreSQL (tests/pg)
#   make san          build with AddressSanitizer + UBSan into build/san
#   make test-san     run the whole test suite on the sanitizer build
#   make bench        run the benchmarks (bench/README.md)
#   make regress-rebuild  regenerate the golden files (tests/golden), show the diff
#   make deps         install the Debian packages the build and tests need
#   make install      install the binary, accord(1), the systemd unit and
#                     the docs under DESTDIR/PREFIX (default /usr/local)
#   make test-systemd docs/install.md on a fresh Debian 12 machine under
#                     systemd (systemd-nspawn; root, network, ~30 min)
#   make clean
#
# CC=clang works as well as gcc; both must build without warnings.

CC      ?= cc
BUILD   ?= build
OPT     ?= -O2 -g
CFLAGS  ?= $(OPT)
WARN    := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wshadow \
           -Wstrict-prototypes -Wmissing-prototypes -Wno-missing-field-initializers
# Cut-off error messages are intended (snprintf into fixed buffers).
WARN    += $(shell $(CC) -Werror -Wno-format-truncation -x c -c /dev/null \
             -o /dev/null 2>/dev/null && echo -Wno-format-truncation)
PKGS    := sqlite3 jansson libsodium libmicrohttpd libcmark \
           cairo pangocairo xlsxwriter libical libxml-2.0 libpq libqpdf
# The program links these; the others (libmicrohttpd, libpq, cairo, pango,
# glib, libxlsxwriter, qpdf) it loads when first called (src/util/
# lazylib.h), with the soname the linker would have recorded.  The unit
# tests, which include a module without the rest, link them all.
LINKPKGS := sqlite3 jansson libsodium libcmark libical libxml-2.0
LIBS    := $(shell pkg-config --libs $(LINKPKGS) 2>/dev/null || echo -lsqlite3 -ljansson -lsodium -lcmark \
             -lical -lxml2) -lcsv -lm -lpthread -ldl
LIBSALL := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lsqlite3 -lpq -ljansson -lsodium -lmicrohttpd -lcmark \
             -lcairo -lpango-1.0 -lpangocairo-1.0 -lgobject-2.0 -lglib-2.0 -lxlsxwriter -lical -lxml2 -lqpdf) -lcsv -lm -lpthread
soname   = $(shell objdump -p "$$($(CC) -print-file-name=lib$(2).so)" 2>/dev/null \
             | sed -n 's/^ *SONAME *\(.*\)/-D$(1)=\\"\1\\"/p')
$(BUILD)/obj/store/pqlazy.o: CFLAGS += $(call soname,ACC_SO_PQ,pq)
$(BUILD)/obj/web/mhdlazy.o: CFLAGS += $(call soname,ACC_SO_MHD,microhttpd)
$(BUILD)/obj/report/renderlazy.o: CFLAGS += $(call soname,ACC_SO_CAIRO,cairo) \
  $(call soname,ACC_SO_PANGO,pango-1.0) \
  $(call soname,ACC_SO_PANGOCAIRO,pangocairo-1.0) \
  $(call soname,ACC_SO_GOBJECT,gobject-2.0) $(call soname,ACC_SO_GLIB,glib-2.0) \
  $(call soname,ACC_SO_QPDF,qpdf) $(call soname,ACC_SO_XLSX,xlsxwriter)
# System headers of the libraries (glib, pango) are not ours to warn about.
INC     := $(patsubst -I%,-isystem %,$(shell pkg-config --cflags $(PKGS) 2>/dev/null))

SRC     := $(wildcard src/util/*.c src/core/*.c src/store/*.c src/web/*.c \
             src/report/*.c src/cli/*.c)
OBJ     := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(SRC)) $(BUILD)/obj/gen/embed.o
LIBOBJ  := $(filter-out $(BUILD)/obj/cli/main.o,$(OBJ))
MIGR    := $(sort $(wildcard schema/sqlite/*.sql))
PGMIGR  := $(sort $(wildcard schema/pg/*.sql))
UNIT    := $(patsubst tests/unit/%.c,$(BUILD)/tests/unit_%,$(wildcard tests/unit/*.c))
STORET  := $(BUILD)/tests/store_test
COREOBJ := $(filter $(BUILD)/obj/core/%,$(OBJ))
FUZZ    := $(patsubst fuzz/fuzz_%.c,$(BUILD)/tests/fuzz_%,$(wildcard fuzz/fuzz_*.c))

.PHONY: all bins test san test-san bench deps clean fuzz regress-rebuild

all: $(BUILD)/accord $(BUILD)/fmtcheck.ok $(BUILD)/accord.1

# Everything `make test` runs (unit tests, store test, fuzz replays), built
# without running it.
bins: all $(UNIT) $(STORET) $(FUZZ)

# tools/fmtcheck checks every html_printf format on every build.
$(BUILD)/fmtcheck.ok: $(BUILD)/tools/fmtcheck $(wildcard src/web/*.c src/report/*.c)
	$(BUILD)/tools/fmtcheck $(wildcard src/web/*.c src/report/*.c)
	@touch $@

$(BUILD)/tools/fmtcheck: tools/fmtcheck.c
	@mkdir -p $(dir $@)
	$(CC) -O2 $(WARN) -o $@ $<

# ==== i18n: translations (docs/i18n.md) ====================================
# po/sr-Latn.po, the one Serbian catalogue, becomes build/gen/po.c (tables
# English -> Latin and English -> Cyrillic) through tools/po2c.c, which
# needs no gettext.  `make i18n-check` (part of `make test`) fails if
# po2c cannot read the catalogue.  `make pot` (maintainers; needs gettext)
# extracts po/accord.pot from the sources (tr() calls, rtr() in src/report;
# the help texts of src/core/model.c) and merges it into the catalogue.
OBJ     += $(BUILD)/obj/gen/po.o
LIBOBJ  += $(BUILD)/obj/gen/po.o
POT_SRC  = $(sort $(wildcard src/web/*.c src/report/*.c)) src/core/model.c \
           src/core/l10n_err.c src/cli/cmd_status.c \
           src/core/model_project.c src/core/model_plan.c \
           src/core/model_dim.c

$(BUILD)/tools/po2c: tools/po2c.c src/core/translit.c src/core/translit.h
	@mkdir -p $(dir $@)
	$(CC) -O2 $(WARN) -Isrc/core -o $@ tools/po2c.c src/core/translit.c

$(BUILD)/gen/po.c: $(BUILD)/tools/po2c po/sr-Latn.po
	@mkdir -p $(dir $@)
	$(BUILD)/tools/po2c po/sr-Latn.po > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/gen/po.o: $(BUILD)/gen/po.c src/web/i18n.h src/util/msgcat.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -std=c11 -Isrc/web -c -o $@ $<

.PHONY: i18n-check pot
i18n-check: $(BUILD)/tools/po2c
	@BUILD=$(BUILD) sh tests/i18n-check

test: i18n-check

pot: $(BUILD)/tools/po2c
	xgettext --keyword=tr:2 --keyword=rtr:2 --keyword=RH --keyword=i18n_msg:2 --keyword=F:6 --keyword=E:10 --keyword=ERR_MSG --keyword=cli_tr --from-code=UTF-8 \
	  --add-comments=TRANSLATORS: --package-name=Accord --sort-by-file \
	  -o po/accord.pot $(POT_SRC)
	msgmerge --quiet --update --backup=none po/sr-Latn.po po/accord.pot
	$(BUILD)/tools/po2c --check po/sr-Latn.po
# ==== end i18n ==============================================================

$(BUILD)/accord: $(OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(LIBS)

$(BUILD)/obj/%.o: src/%.c $(wildcard src/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(WARN) $(INC) -c -o $@ $<

$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) -O2 $(WARN) -o $@ $<

IATI_XSD := data/iati/iati-activities-schema.xsd data/iati/iati-common.xsd \
	    data/iati/xml.xsd
$(BUILD)/gen/embed.c: $(BUILD)/tools/embed $(MIGR) $(PGMIGR) data/demo.json \
		data/common-passwords.txt $(IATI_XSD)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed --migrations $(MIGR) --pg-migrations $(PGMIGR) \
	  --file zDemoFixture=data/demo.json \
	  --file zCommonPasswords=data/common-passwords.txt \
	  --file zIatiActivitiesXsd=data/iati/iati-activities-schema.xsd \
	  --file zIatiCommonXsd=data/iati/iati-common.xsd \
	  --file zIatiXmlXsd=data/iati/xml.xsd > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/gen/embed.o: $(BUILD)/gen/embed.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -std=c11 -Isrc/store -c -o $@ $<

# Unit tests include the module they test; they link the rest.
$(BUILD)/tests/unit_%: tests/unit/%.c tests/unit/harness.h $(wildcard tests/unit/*_util.h) $(wildcard src/*/*.c src/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(WARN) $(INC) -Isrc/core -o $@ $< $(LIBSALL)

$(STORET): tests/store/store_test.c $(wildcard tests/store/store_*.c) \
          tests/unit/harness.h $(LIBOBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(WARN) $(INC) -o $@ $< $(LIBOBJ) $(LIBSALL)

# ==== reliability: fuzzing (docs/reliability.md) ==========================
# Fuzz targets (fuzz/fuzz_NAME.c): replayed over fuzz/corpus/NAME by
# `make test` (fuzz/replay.c, linked with the whole library); `make fuzz`
# builds the libFuzzer binaries (clang, ASan + UBSan, the library built
# with coverage instrumentation into build/fuzz/obj) and runs each for
# FUZZ_MINUTES minutes (fuzz/run), printing executions, exec/s, corpus
# size and crashes per target.  FUZZ_TARGETS="csv json" runs only those.
FUZZ_MINUTES ?= 10
FUZZ_TARGETS ?= $(patsubst fuzz/fuzz_%.c,%,$(wildcard fuzz/fuzz_*.c))
FZOPT   := -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined

$(BUILD)/tests/fuzz_%: fuzz/fuzz_%.c fuzz/replay.c fuzz/fuzz_util.h $(LIBOBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(WARN) $(INC) -o $@ $< fuzz/replay.c $(LIBOBJ) $(LIBSALL)

$(BUILD)/fuzzbin/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz_util.h $(LIBOBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(WARN) $(INC) -fsanitize=fuzzer,address,undefined \
	  -o $@ $< $(LIBOBJ) $(LIBSALL)

.PHONY: fuzz-build fuzz-bins
fuzz-bins: $(patsubst %,$(BUILD)/fuzzbin/fuzz_%,$(FUZZ_TARGETS))

fuzz-build:
	$(MAKE) CC=clang BUILD=build/fuzz OPT="$(FZOPT)" fuzz-bins

fuzz: fuzz-build
	FUZZ_MINUTES=$(FUZZ_MINUTES) sh fuzz/run $(FUZZ_TARGETS)
# ==== end reliability: fuzzing ==============================================

# ==== reliability: crash injection, soak, valgrind, coverage =============
# (docs/reliability.md)
#   make crash      kill -9 at random moments, CRASH_N (100) times for each
#                   of import, API writes, report issue and migration
#   make soak       SOAK_SECONDS (600) at 80 % of the measured peak
#   make valgrind   memcheck of the unit tests, the store test and CLI
#                   commands on the demo (.ci/run calls it)
#   make coverage   a gcov build into build/cov; line coverage of src/core
#                   and src/store after the unit, store and CLI tests
CRASH_N ?= 100
SOAK_SECONDS ?= 600
.PHONY: crash soak valgrind coverage

crash: $(BUILD)/accord
	@d=$$(mktemp -d) && cd $$d && N=$(CRASH_N) TOP=$(CURDIR) \
	  ACCORD=$(CURDIR)/$(BUILD)/accord sh $(CURDIR)/tests/reliability/crash.sh; \
	  rc=$$?; rm -rf $$d; exit $$rc

soak: $(BUILD)/accord
	SOAK_SECONDS=$(SOAK_SECONDS) TOP=$(CURDIR) ACCORD=$(CURDIR)/$(BUILD)/accord \
	  sh tests/reliability/soak.sh

valgrind: $(BUILD)/accord $(UNIT) $(STORET)
	BUILD=$(BUILD) sh tests/reliability/valgrind.sh

coverage:
	$(MAKE) BUILD=build/cov OPT="-O0 -g --coverage" LDFLAGS=--coverage \
	  build/cov/accord build/cov/fmtcheck.ok build/cov/tests/store_test \
	  $(patsubst $(BUILD)/%,build/cov/%,$(UNIT))
	find build/cov -name '*.gcda' -delete
	BUILD=build/cov sh tests/reliability/coverage.sh
# ==== end reliability: crash injection, soak, valgrind, coverage ==========

test: $(BUILD)/accord $(BUILD)/accord.1 $(BUILD)/fmtcheck.ok $(UNIT) $(STORET) $(FUZZ)
	BUILD=$(BUILD) sh tests/run

# The store, CLI and HTTP tests again on PostgreSQL, in a throw-away
# cluster (tests/pg/run; skipped without the server binaries).  Apart
# from `make test`: it takes long.  `make test-pg PG=store` for one group.
.PHONY: test-pg
test-pg: $(BUILD)/accord $(STORET)
	BUILD=$(BUILD) sh tests/pg/run $(PG)

san:
	$(MAKE) BUILD=build/san OPT="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined"

# Under the sanitizers the browser and crash-injection suites are left out
# (they run in `make test`; most of their time is Chromium and restarts),
# and the tampering suite draws 40 changes, not 100.
test-san:
	TEST_SKIP="e2e/browser reliability/crash" TAMPER_CASES=40 \
	$(MAKE) BUILD=build/san OPT="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined" test

# Golden files: tests/cli/t_report.sh writes them instead of comparing.
regress-rebuild: $(BUILD)/accord
	@d=$$(mktemp -d) && (cd $$d && GOLDEN_REBUILD=1 TOP=$(CURDIR) \
	  ACCORD=$(CURDIR)/$(BUILD)/accord sh $(CURDIR)/tests/cli/t_report.sh \
	  >/dev/null); rm -rf $$d
	@git diff --stat -- tests/golden; git diff -- tests/golden | head -200

bench: $(BUILD)/accord
	sh bench/import

deps:
	sh tools/install-deps

# ==== install (docs/install.md) ============================================
# accord(1) is written at build time from the program's own help
# (tools/mkman runs `accord help ...`), so the two never disagree.  The
# unit dist/accord.service.in gets the installed paths.
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man
DOCDIR  ?= $(PREFIX)/share/doc/accord
UNITDIR ?= $(PREFIX)/lib/systemd/system
.PHONY: install uninstall

$(BUILD)/tools/mkman: tools/mkman.c
	@mkdir -p $(dir $@)
	$(CC) -O2 $(WARN) -o $@ $<

$(BUILD)/accord.1: $(BUILD)/tools/mkman $(BUILD)/accord
	$(BUILD)/tools/mkman $(BUILD)/accord > $@.tmp && mv $@.tmp $@

install: $(BUILD)/accord $(BUILD)/accord.1
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	  $(DESTDIR)$(UNITDIR) $(DESTDIR)$(DOCDIR)/examples
	install -m 755 $(BUILD)/accord $(DESTDIR)$(BINDIR)/accord
	install -m 644 $(BUILD)/accord.1 $(DESTDIR)$(MANDIR)/man1/accord.1
	sed -e 's|@BINDIR@|$(BINDIR)|g' -e 's|@DOCDIR@|$(DOCDIR)|g' \
	  dist/accord.service.in > $(DESTDIR)$(UNITDIR)/accord.service
	chmod 644 $(DESTDIR)$(UNITDIR)/accord.service
	install -m 644 README.md docs/*.md $(DESTDIR)$(DOCDIR)/
	install -m 644 dist/nginx-accord.conf $(DESTDIR)$(DOCDIR)/examples/
	sed -e 's|@BINDIR@|$(BINDIR)|g' dist/behind-nginx.conf \
	  > $(DESTDIR)$(DOCDIR)/examples/behind-nginx.conf
	chmod 644 $(DESTDIR)$(DOCDIR)/examples/behind-nginx.conf

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/accord $(DESTDIR)$(MANDIR)/man1/accord.1 \
	  $(DESTDIR)$(UNITDIR)/accord.service
	rm -rf $(DESTDIR)$(DOCDIR)

# make test-systemd: docs/install.md followed on a fresh Debian 12 machine
# booted with systemd-nspawn (tests/reliability/systemd.sh): root, the
# network and about 30 minutes; not part of `make test`.
.PHONY: test-systemd
test-systemd:
	TOP=$(CURDIR) sh tests/reliability/systemd.sh
# ==== end install ===========================================================

clean:
	rm -rf build
