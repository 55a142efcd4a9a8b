#!/usr/bin/env bash
# Builds the Debian package the way a release does (preset "package", cpack -G DEB), checks what
# is in it, installs it with dpkg, runs what it installed, and removes it again.
#
#   packaging/test-deb.sh            build, inspect, install, run, remove (installing needs root or sudo)
#   packaging/test-deb.sh --no-install   build and inspect only
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
INSTALL=1
[ "${1:-}" = --no-install ] && INSTALL=0

fail() {
    echo "test-deb: FAIL: $*" >&2
    exit 1
}
pass() { echo "test-deb: ok: $*"; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi
}

cmake --preset package >/dev/null
cmake --build --preset package -j "${MODERATION_JOBS:-$(nproc)}"
rm -f build/package/moderation-desk_*.deb
(cd build/package && cpack -G DEB >/dev/null)
deb=$(ls build/package/moderation-desk_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "cpack made no moderation-desk_*.deb"
pass "built $deb ($(du -h "$deb" | cut -f1))"

desk=$(grep -q '^MODERATION_BUILD_DESK:BOOL=ON' build/package/CMakeCache.txt && [ -f app/desk/main.cpp ] && echo 1 || echo 0)

# --- control data
info=$(dpkg-deb -I "$deb")
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = moderation-desk ] || fail "package name is '$(field Package)'"
pass "Package: moderation-desk, Version: $(field Version), Architecture: $(field Architecture)"
depends=$(field Depends)
for needed in libqt6core6 libqt6sql6-sqlite libqt6sql6-psql libqt6keychain1 libvectorscan5 libphonenumber8; do
    [[ "$depends" == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
done
if [ "$desk" = 1 ]; then
    for needed in libqt6widgets6 qt6-qpa-plugins; do
        [[ "$depends" == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
    done
fi
pass "Depends: $depends"
[ -n "$(field Description)" ] || fail "no Description"
echo "$info" | grep -q 'Recommends: .*gnome-keyring' || fail "Recommends lacks a secret service"

# --- contents
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
expect_file() {
    grep -qx "$1" <<<"$contents" || fail "the package lacks $1"
    pass "contains $1"
}
expect_file ./usr/bin/moderationctl
expect_file ./usr/share/doc/moderation-desk/README.md
if [ "$desk" = 1 ]; then
    expect_file ./usr/bin/moderation-desk
    expect_file ./usr/share/applications/moderation-desk.desktop
    expect_file ./usr/share/icons/hicolor/scalable/apps/moderation-desk.svg
fi
if grep -E '\.(a|h)$|/test_|/bench_|/include/' <<<"$contents"; then
    fail "the package holds build or test files (above)"
fi
pass "no headers, static libraries, tests or benchmarks"

if [ "$INSTALL" = 0 ]; then
    echo "test-deb: passed (not installed: --no-install)"
    exit 0
fi

# --- install, run, remove
if dpkg-query -W -f='${db:Status-Status}' moderation-desk 2>/dev/null | grep -qx installed; then
    fail "moderation-desk is already installed on this machine; remove it first (dpkg -r moderation-desk)"
fi
work=$(mktemp -d)
cleanup() {
    as_root dpkg -r moderation-desk >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
# dpkg (not apt) on purpose: it refuses a package whose Depends name a package that is not
# installed, so a misspelt dependency fails here.
as_root dpkg -i "$deb" >/dev/null || fail "dpkg -i refused the package"
pass "dpkg -i installed it"

for binary in $(dpkg -L moderation-desk | grep '^/usr/bin/'); do
    if ldd "$binary" | grep -q 'not found'; then
        ldd "$binary" | grep 'not found' >&2
        fail "$binary needs libraries no package provides"
    fi
done
pass "every installed executable finds its libraries"

version=$(/usr/bin/moderationctl --version)
[ "$version" = "moderationctl $(field Version)" ] || fail "moderationctl --version says '$version'"
pass "$version"
/usr/bin/moderationctl --db "sqlite:$work/store.sqlite" db migrate >"$work/out" || fail "db migrate failed"
pass "installed moderationctl: $(cat "$work/out")"
/usr/bin/moderationctl --db "sqlite:$work/store.sqlite" audit verify >"$work/out" || fail "audit verify failed"
pass "installed moderationctl: $(cat "$work/out")"
# The demo data, policies and lexicons are compiled into the binaries: nothing to find on disk.
/usr/bin/moderationctl --db "sqlite:$work/store.sqlite" demo load >"$work/out" 2>&1 || fail "demo load failed: $(cat "$work/out")"
pass "installed moderationctl: $(head -n 1 "$work/out")"
if [ "$desk" = 1 ]; then
    desk_version=$(QT_QPA_PLATFORM=offscreen /usr/bin/moderation-desk --version 2>"$work/err") \
        || fail "moderation-desk --version failed: $(cat "$work/err")"
    [[ "$desk_version" == *"$(field Version)"* ]] || fail "moderation-desk --version says '$desk_version'"
    pass "installed moderation-desk starts: $desk_version"
    if command -v desktop-file-validate >/dev/null 2>&1; then
        desktop-file-validate /usr/share/applications/moderation-desk.desktop || fail "the .desktop file is invalid"
        pass "desktop-file-validate"
    fi
fi

as_root dpkg -r moderation-desk >/dev/null || fail "dpkg -r failed"
[ ! -e /usr/bin/moderationctl ] || fail "dpkg -r left /usr/bin/moderationctl behind"
pass "dpkg -r removed it"
echo "test-deb: passed"
