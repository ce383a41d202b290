# Two entry points for a fresh machine: `make run` (set up + launch the editor)
# and `make test` (set up + lint + type-check + the whole test suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint typecheck pytest schema translations bench crash-test screenshots clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,spell]'
	touch $(STAMP)

run: setup
	sh scripts/ensure-gui-libs.sh
	$(BIN)/python main.py

lint: setup
	$(BIN)/ruff check .

typecheck: setup
	$(BIN)/mypy

pytest: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test: lint typecheck pytest

schema: setup
	$(BIN)/python -m editor.model.schemagen

translations: setup
	$(BIN)/python scripts/update_translations.py

SEED = ../shared/seeds/000_84be95ee93d62466.txt

screenshots: setup
	xvfb-run -a -s '-screen 0 1400x900x24' env QT_QPA_PLATFORM=xcb $(BIN)/python scripts/screenshot_editor.py
	rm -rf .screenshot-import && $(BIN)/python main.py import-text $(SEED) -o .screenshot-import > /dev/null
	xvfb-run -a -s '-screen 0 1400x900x24' env QT_QPA_PLATFORM=xcb $(BIN)/python scripts/screenshot_editor.py \
		docs/screenshots/imported-contents.png .screenshot-import/note-1.xml chapter-iv
	rm -rf .screenshot-import

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/run.py

crash-test: setup
	$(BIN)/python tests/reliability/kill_campaign.py --kills 200

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
