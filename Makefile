# usagetop — see README.md. `make demo` and `make test` work on a fresh Debian/Ubuntu machine
# with Swift 6 installed: they install the system packages they need first (`make deps`).

SWIFT      ?= swift
PREFIX     ?= /usr/local
BINDIR     := $(PREFIX)/bin
CONFIG     ?= debug
BUILD_DIR  := .build/$(CONFIG)
SIM_PORT   ?= 18787
SHARED     ?= ../shared
APT_PKGS   := libncurses-dev libsqlite3-dev tmux

.PHONY: all deps build release demo run sim sync test unit-test e2e-test conformance bench install uninstall clean help

all: build

help:
	@echo "make demo         build and open the dashboard on the built-in simulated organization"
	@echo "make test         build and run every test (unit, snapshot, client/simulator, tmux end-to-end, conformance)"
	@echo "make run          open the dashboard on your organization (needs OPENAI_ADMIN_KEY)"
	@echo "make sim          serve the simulated organization on 127.0.0.1:$(SIM_PORT)"
	@echo "make bench        run the benchmarks (kept apart from the tests)"
	@echo "make install      install usagetop and usagetop-sim into $(BINDIR) (PREFIX=...)"
	@echo "make deps | build | release | clean"

# System packages: the ncursesw headers, tmux (end-to-end tests), SQLite headers, and the
# Python modules ../shared/tools/conformance needs. Installed through apt only when missing.
deps:
	@missing=""; \
	for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	@python3 -c 'import yaml, jsonschema' 2>/dev/null || python3 -m pip install --quiet pyyaml jsonschema
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is required: https://www.swift.org/install/"; exit 1; }

build: deps
	$(SWIFT) build -c $(CONFIG)

release:
	$(MAKE) build CONFIG=release

demo: build
	$(BUILD_DIR)/usagetop --demo

run: build
	$(BUILD_DIR)/usagetop

sim: build
	$(BUILD_DIR)/usagetop-sim --port $(SIM_PORT)

sync: build
	$(BUILD_DIR)/usagetop sync

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) conformance

# Starts the simulator on a free port and checks it against the official spec excerpt.
conformance: build
	@if [ ! -x $(SHARED)/tools/conformance ] && [ ! -f $(SHARED)/tools/conformance ]; then \
	  if [ "$$CI" = true ]; then echo "conformance: $(SHARED)/tools/conformance is missing"; exit 1; fi; \
	  echo "conformance: $(SHARED)/tools/conformance not found, skipped"; exit 0; fi; \
	log=$$(mktemp); $(BUILD_DIR)/usagetop-sim --port 0 > $$log 2>&1 & pid=$$!; \
	for i in $$(seq 1 100); do grep -q "listening on" $$log && break; sleep 0.1; done; \
	url=$$(grep -o 'http://[^ ]*' $$log | head -n1); \
	if [ -z "$$url" ]; then cat $$log; kill $$pid; exit 1; fi; \
	python3 $(SHARED)/tools/conformance --base-url $$url; rc=$$?; kill $$pid; wait $$pid 2>/dev/null; exit $$rc

bench: deps
	$(SWIFT) build -c release --product usagetop-bench
	.build/release/usagetop-bench

install: deps
	$(SWIFT) build -c release
	install -d $(DESTDIR)$(BINDIR)
	install -m 0755 .build/release/usagetop .build/release/usagetop-sim $(DESTDIR)$(BINDIR)/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/usagetop $(DESTDIR)$(BINDIR)/usagetop-sim

clean:
	$(SWIFT) package clean
	rm -rf .build
