#!/usr/bin/env bash
# Fuzzes the HTTP API against its own OpenAPI document with schemathesis (pip install schemathesis):
# builds the seed snapshot, serves it on a free loopback port, runs every check in both directions
# (server errors, response schemas, status codes, negative data rejected, positive data accepted,
# unsupported methods) with a bounded number of examples and time, prints schemathesis' figures and
# exits non-zero on any failure. SCHEMATHESIS_MAX_EXAMPLES (default 40) and
# SCHEMATHESIS_MAX_TIME (seconds, default 120) bound the run; SCHEMATHESIS_SEED fixes the data.
# POST /api/cypher is left out: on the embedded store it answers 501 by design (the Neo4j
# integration tests cover it), and schemathesis counts every 5xx as a server error.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v schemathesis >/dev/null 2>&1; then
  echo "schemathesis.sh: schemathesis is not installed; run: pip install schemathesis" >&2
  exit 127
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/tradegraph-schemathesis.XXXXXX")
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "schemathesis.sh: building the seed snapshot"
npx tsx src/cli/main.ts build seeds --out "$work/graph.json" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }

# The server log is the place to look when schemathesis reports a server error.
# tsx itself, not through npx: killing npx would leave its tsx child serving after the script ends.
LOG_LEVEL=warn ./node_modules/.bin/tsx src/cli/main.ts serve --port 0 --host 127.0.0.1 --snapshot "$work/graph.json" >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
url=""
for _ in $(seq 1 300); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$work/server.out" | head -n 1 || true)
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; echo "schemathesis.sh: the server exited before it listened" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "schemathesis.sh: the server did not print its URL within 30 s" >&2; exit 1; }
echo "schemathesis.sh: API at ${url}api/"

status=0
# From the scratch folder, so its example database does not land in the checkout.
(cd "$work" && schemathesis run "${url}api/openapi.json" \
  --url "${url%/}" \
  --checks all \
  --mode all \
  --phases examples,coverage,fuzzing \
  --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-40}" \
  --max-time "${SCHEMATHESIS_MAX_TIME:-120}" \
  --seed "${SCHEMATHESIS_SEED:-20261205}" \
  --exclude-path /api/cypher \
  --workers 1 \
  --request-timeout 10 \
  --suppress-health-check all \
  --no-color \
  --report junit --report-dir "$work/report") || status=$?

if grep -q '"level":50' "$work/server.out" 2>/dev/null; then
  echo "schemathesis.sh: the server logged errors:" >&2
  grep '"level":50' "$work/server.out" | head -n 20 >&2
  status=1
fi
exit "$status"
