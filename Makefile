# minutetaker: the two commands of the quick start are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO := demo-archive

.PHONY: run test bench lint demo package package-test clean

$(STAMP): pyproject.toml
	@bash .ci/system-packages run
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Open the app; the first time, on a demo archive made in the checkout.
run: $(STAMP)
	@if [ -z "$$MINUTETAKER_DATA_DIR" ] && [ ! -f $(DEMO)/archive.sqlite ]; then \
		echo "Making a demo archive in $(DEMO)/ ..."; \
		$(PY) -m minutetaker --data-dir $(DEMO) demo --meetings 24; \
	fi
	MINUTETAKER_DATA_DIR=$${MINUTETAKER_DATA_DIR:-$(DEMO)} $(PY) -m minutetaker

test: $(STAMP)
	@bash .ci/system-packages test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check minutetaker tests benchmarks
	$(VENV)/bin/ruff format --check minutetaker tests benchmarks

bench: $(STAMP)
	$(PY) -m benchmarks

demo: $(STAMP)
	$(PY) -m minutetaker --data-dir $(DEMO) demo --meetings 24

# The desktop bundle (one folder) in dist/minutetaker/: see packaging/README.md.
package: $(STAMP)
	@bash .ci/system-packages package
	$(PY) -m pip install --quiet -e '.[test,package]'
	rm -rf dist/minutetaker
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/minutetaker.spec
	@du -sh dist/minutetaker

# Run the bundle from a copy outside the checkout: commands, Word export, window.
# The smoke test needs only the standard library: any python3 runs it.
package-test:
	$(PYTHON) packaging/smoke_test.py dist/minutetaker

clean:
	rm -rf build dist .pytest_cache .ruff_cache
