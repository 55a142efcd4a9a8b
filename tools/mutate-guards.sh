#!/usr/bin/env bash
# Removes each condition of each guard in turn, rebuilds, and runs the storage and audit tests:
# a removal that no test notices is a guard that is not tested on its own. Run by hand (about
# an hour on 2 cores); docs/SECURITY.md says why. Prints every surviving removal and exits 1 if
# there is one.
#
#   tools/mutate-guards.sh            every condition
#   tools/mutate-guards.sh --list     list the conditions, do nothing
#   tools/mutate-guards.sh FILE:N …   only these conditions (as --list numbers them)
#
# The guards mark each condition in their source: /*and*/ … /*end*/ for one of conditions that
# must all hold (removed: true), /*or*/ … /*end*/ for one of alternatives (removed: false). The
# files: the triggers of libmoderation/storage/MigrationGuards.cpp and MigrationRouting.cpp (both
# engines), and the audit chain's verifier and anchor check in libmoderation/audit/AuditChain.cpp.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
FILES=(libmoderation/storage/MigrationGuards.cpp libmoderation/storage/MigrationRouting.cpp
       libmoderation/audit/AuditChain.cpp)
BUILD=build/mutate
JOBS=${MODERATION_JOBS:-$(nproc 2>/dev/null || echo 2)}

# The Nth marked condition of a file (1-based), replaced: perl counts the markers in order.
mutate() {
    local file=$1 n=$2
    perl -0pi -e 'my $k = 0; s{/\*(and|or)\*/(.*?)/\*end\*/}{ ++$k == '"$n"' ? ($1 eq "and" ? "true" : "false") : $& }gse' "$file"
}

count() { grep -o '/\*\(and\|or\)\*/' "$1" | wc -l; }

# The text of the Nth condition, for the report.
describe() {
    local file=$1 n=$2
    perl -0ne 'my $k = 0; while (m{/\*(and|or)\*/(.*?)/\*end\*/}gs) { if (++$k == '"$n"') { my ($kind, $c) = ($1, $2); $c =~ s/\s+/ /g; print "$kind: $c"; last } }' "$file"
}

list() {
    for file in "${FILES[@]}"; do
        for n in $(seq 1 "$(count "$file")"); do
            printf '%s:%d  %s\n' "$file" "$n" "$(describe "$file" "$n")"
        done
    done
}

if [ "${1:-}" = --list ]; then
    list
    exit 0
fi

# Everything below runs beside a throwaway PostgreSQL (the tests use both engines).
if [ -z "${MODERATION_TEST_PG_URL:-}" ]; then
    exec tools/with-postgres.sh "$0" "$@"
fi

backup=$(mktemp -d /tmp/md-mutate.XXXXXX)
for file in "${FILES[@]}"; do
    cp "$file" "$backup/$(basename "$file")"
done
restore() {
    local file
    for file in "${FILES[@]}"; do
        cp "$backup/$(basename "$file")" "$file"
    done
}
trap 'restore; rm -rf "$backup"' EXIT

# Warnings stay warnings here: a removed condition can leave a variable unused.
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMODERATION_BUILD_DESK=OFF \
    -DMODERATION_BUILD_BENCHMARKS=OFF -DMODERATION_WERROR=OFF >/dev/null
build() { cmake --build "$BUILD" -j "$JOBS" --target test_storage test_audit >"$backup/build.log" 2>&1; }
tests_pass() {
    "$BUILD/tests/test_audit" --gtest_fail_fast >"$backup/test.log" 2>&1 \
        && "$BUILD/tests/test_storage" --gtest_fail_fast >>"$backup/test.log" 2>&1
}

echo "mutate-guards: the unmutated tree first" >&2
build || { cat "$backup/build.log" >&2; exit 2; }
tests_pass || { echo "mutate-guards: the tests fail before any mutation" >&2; tail -40 "$backup/test.log" >&2; exit 2; }

targets=()
if [ $# -gt 0 ]; then
    targets=("$@")
else
    for file in "${FILES[@]}"; do
        for n in $(seq 1 "$(count "$file")"); do targets+=("$file:$n"); done
    done
fi

survivors=()
broken=()
for target in "${targets[@]}"; do
    file=${target%:*}
    n=${target##*:}
    restore
    what=$(describe "$file" "$n")
    mutate "$file" "$n"
    if cmp -s "$file" "$backup/$(basename "$file")"; then
        echo "mutate-guards: no condition $target" >&2
        exit 2
    fi
    if ! build; then
        broken+=("$target  $what")
        echo "mutate-guards: $target does not build without it ($what)" >&2
        continue
    fi
    if tests_pass; then
        survivors+=("$target  $what")
        echo "mutate-guards: SURVIVED $target ($what)" >&2
    else
        echo "mutate-guards: caught $target" >&2
    fi
done

restore
build || true
echo
echo "mutate-guards: ${#targets[@]} conditions removed one at a time; ${#survivors[@]} went unnoticed by the tests"
for s in "${survivors[@]}"; do echo "  survived: $s"; done
for b in "${broken[@]}"; do echo "  did not build: $b"; done
[ ${#survivors[@]} -eq 0 ]
