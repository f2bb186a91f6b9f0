#!/bin/sh
# Install Photodesk on a fresh Debian machine, import the bundled sample photos into
# ./photodesk-data (or $PHOTODESK_DATA) and serve the web UI on http://127.0.0.1:5000/.
# Extra arguments go to `photodesk serve` (e.g. --port 8000; another --host needs an admin account first:
# .venv/bin/photodesk user add NAME --role admin, docs/accounts.md).
set -eu
cd "$(dirname "$0")/.."
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
    else
        echo "demo.sh: please install python3-venv (as root: apt-get install python3-venv)" >&2
        exit 2
    fi
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check .
.venv/bin/photodesk import
exec .venv/bin/photodesk serve "$@"
