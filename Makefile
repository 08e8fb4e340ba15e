# The README's commands. `make run` and `make test` are all a newcomer needs.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed

.PHONY: run test install demo messages bench lint format browser clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required ($(PYTHON) not found)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the requirement files change, so a second `make run` is fast.
$(STAMP): $(BIN)/python requirements.txt requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) ensure_dev_admin
	$(MANAGE) runserver 127.0.0.1:8000

demo: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo

# Browser tests need Debian's chromium; install it when we can (root on Debian).
browser:
	@if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
			echo "Installing Debian's chromium for the browser tests..."; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else \
			echo "chromium is missing: install Debian's package 'chromium' (the browser tests fail without it)."; \
		fi; \
	fi
	@if ! command -v xgettext >/dev/null 2>&1; then \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; \
		fi; \
	fi

test: install browser
	DJANGO_SETTINGS_MODULE=ngosite.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=ngosite.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Extract interface strings into the Polish catalogue (locale/pl/LC_MESSAGES/django.po, the only
# source of the Polish text) and compile it. New strings arrive empty (or marked fuzzy when they
# resemble an old one): translate them in the .po with Poedit or any gettext tool, then run
# `make messages` again. tests/home/test_translations.py fails while any is left.
messages: install browser
	$(MANAGE) makemessages -l pl --no-obsolete --add-location=file --ignore=.venv --ignore=static --ignore=bench --ignore=tests --ignore=docs
	$(MANAGE) makemessages -d djangojs -l pl --no-obsolete --add-location=file --ignore=.venv --ignore=./static --ignore=node_modules --ignore=bench --ignore=tests
	$(MANAGE) compilemessages -l pl --ignore=.venv
	@msgfmt --statistics -o /dev/null locale/pl/LC_MESSAGES/django.po
	@msgfmt --statistics -o /dev/null locale/pl/LC_MESSAGES/djangojs.po

bench: install
	@for script in bench/[a-z]*.py; do echo "== $$script"; DJANGO_SETTINGS_MODULE=ngosite.settings.test $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .test-media
