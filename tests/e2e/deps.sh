# deps.sh: make sure tests/e2e/node_modules holds the npm packages of
# package-lock.json (playwright-core, the OpenAPI validators).  Sourced
# by tests/e2e/run.sh and tests/http/t_openapi.sh.  Sets E2E_DIR and
# E2E_DEPS=ok, or E2E_DEPS=<why not>.  npm install needs the registry the
# first time; after that node_modules is reused (it is git-ignored).
E2E_DIR=$(cd "$(dirname "$0")/../e2e" 2>/dev/null && pwd)
[ -f "$E2E_DIR/package.json" ] || E2E_DIR="$TOP/tests/e2e"
E2E_DEPS=ok
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  E2E_DEPS="node or npm is missing (tools/install-deps installs nodejs and npm)"
elif [ ! -f "$E2E_DIR/node_modules/.package-lock.json" ] \
  || [ "$E2E_DIR/package-lock.json" -nt "$E2E_DIR/node_modules/.package-lock.json" ]; then
  if ! (cd "$E2E_DIR" && npm ci --no-audit --no-fund --loglevel=error \
        >"${TMPDIR:-/tmp}/accord-npm.log" 2>&1); then
    E2E_DEPS="npm ci in tests/e2e failed: $(tail -3 "${TMPDIR:-/tmp}/accord-npm.log" | tr '\n' ' ')"
  fi
fi
