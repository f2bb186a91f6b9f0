#!/bin/sh
# Install everything the test suite needs on a fresh Debian machine, then run the whole suite.
# System packages: exiftool (the reference reader the tests compare with), Debian's chromium
# (driven by Playwright for the browser tests), libvips-tools (benchmark reference), npm (fetches
# axe-core, the accessibility engine the browser tests load into each page; test-only, in .cache/axe),
# postgresql (the catalog tests start a real server of their own: tests/helpers/postgres.py).
set -eu
cd "$(dirname "$0")/.."
need=""
command -v exiftool >/dev/null 2>&1 || need="$need libimage-exiftool-perl"
command -v chromium >/dev/null 2>&1 || need="$need chromium"
command -v vipsthumbnail >/dev/null 2>&1 || need="$need libvips-tools"
command -v npm >/dev/null 2>&1 || need="$need npm"
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need="$need postgresql"
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || need="$need python3-venv"
if [ -n "$need" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >/dev/null
    else
        echo "test.sh: please install:$need (as root: apt-get install$need)" >&2
        exit 2
    fi
fi
[ -f .cache/axe/node_modules/axe-core/axe.min.js ] ||
    npm install --prefix .cache/axe axe-core@4 --no-audit --no-fund --silent >/dev/null ||
    echo "test.sh: npm could not install axe-core: the axe checks of tests/browser will skip" >&2
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e '.[test]'
# The README's command (no arguments, or only -q as CI gives): the quick part on two processes
# (pytest-xdist), then the slow part (servers, browsers, crashes, timing) alone, so that it keeps
# the machine's cores to itself; both run whatever the first gives, and the script fails if either does.
# With other arguments, plain pytest with them.
if [ "$#" -eq 0 ] || [ "$*" = "-q" ]; then
    status=0
    .venv/bin/python -m pytest -m "not slow" -n 2 "$@" || status=$?
    .venv/bin/python -m pytest -m slow "$@" || status=$?
    exit "$status"
fi
exec .venv/bin/python -m pytest "$@"
