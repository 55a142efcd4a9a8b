#!/usr/bin/env bash
# The two set-up commands of the README, for a fresh Debian 12 or Ubuntu 24.04 machine:
#
#   tools/dev.sh run          install what is missing, build, start moderation-desk on demo data
#   tools/dev.sh test         install what is missing, build, run every test (CTest's summary last)
#   tools/dev.sh test asan    the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   tools/dev.sh build nox    build the library and moderationctl without Widgets (the boundary)
#   tools/dev.sh packages     print the Debian packages the build and the tests need
#
# Environment: MODERATION_JOBS (parallel jobs, default: the number of cores),
# MODERATION_TEST_PG_PORT (first port tried for the throwaway PostgreSQL), CI=true (never prompt).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# Every Debian package the build, the app and the tests need: the one list (CI installs it
# through `tools/dev.sh test` too).
PACKAGES=(
    # compiler and build (ccache: the nox build reuses the dev build's objects)
    g++ cmake ninja-build pkg-config ccache
    # Qt 6.4 and its SQL drivers, keychain, tools (lupdate/lrelease), fake-API servers, icons
    qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    libgl-dev
    # the supervisor's charts; the composer's spell-check and its English and Spanish dictionaries
    qt6-charts-dev libqt6opengl6-dev libhunspell-dev hunspell-en-us hunspell-es
    # policy matching (the Hyperscan API); SQLite's C API for replaying stores fast
    libvectorscan-dev libsqlite3-dev
    # the PII detector validates phone numbers written with a country code (Google's libphonenumber)
    libphonenumber-dev
    # tests and benchmarks
    libgtest-dev libgmock-dev libbenchmark-dev
    # headless GUI, keychain without a desktop session
    xvfb xauth gnome-keyring dbus dbus-x11 libsecret-tools
    # the shared-site database, the SQLite shell (benchmark ceiling), PDF to PNG for reports
    postgresql sqlite3 poppler-utils
    # a font for PDF reports drawn on the offscreen platform (fontconfig finds it)
    fonts-dejavu-core
    # the records export hashes every byte it writes: libcrypto's SHA-256 (SHA instructions)
    libssl-dev
)

log() { printf 'dev.sh: %s\n' "$*" >&2; }
die() {
    printf 'dev.sh: %s\n' "$1" >&2
    exit "${2:-2}"
}

jobs() { echo "${MODERATION_JOBS:-$(nproc 2>/dev/null || echo 2)}"; }

as_root() {
    if [ "$(id -u)" = 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        # In CI (or without a terminal) sudo must not wait for a password nobody types.
        if [ "${CI:-}" = true ] || [ ! -t 0 ]; then sudo -n "$@"; else sudo "$@"; fi
    else
        die "need root to install packages: run as root or install sudo" 3
    fi
}

is_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" = installed ]
}

install_packages() {
    command -v dpkg-query >/dev/null 2>&1 || die "this script installs Debian packages; on another system install the equivalents of: ${PACKAGES[*]}" 3
    local wanted=("${PACKAGES[@]}") missing=() package
    for package in "${wanted[@]}"; do
        is_installed "$package" || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "all ${#wanted[@]} packages present"
        return
    fi
    log "installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # Hyperscan's API ships as vectorscan on Debian 12 and Ubuntu 24.04; older Ubuntus only had
    # hyperscan itself (same header and pkg-config name).
    if [[ " ${missing[*]} " == *" libvectorscan-dev "* ]] && ! apt-cache show libvectorscan-dev >/dev/null 2>&1; then
        missing=("${missing[@]/libvectorscan-dev/libhyperscan-dev}")
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# configure + build one preset; everything unless targets are named.
build() {
    local preset=$1
    shift
    local started=$SECONDS
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        # The nox preset compiles the library and moderationctl with the dev preset's flags: through
        # a compiler cache it takes dev's objects instead of compiling them again (CI: about 4 of
        # its minutes on 2 cores). Paths under the checkout are hashed relative to it, so build/dev
        # and build/nox share entries.
        export CCACHE_DIR=${CCACHE_DIR:-$ROOT/build/.ccache} CCACHE_BASEDIR=$ROOT CCACHE_NOHASHDIR=true
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake --preset "$preset" "${launcher[@]}" >/dev/null
    if [ $# -eq 0 ]; then
        cmake --build --preset "$preset" -j "$(jobs)"
    else
        cmake --build --preset "$preset" -j "$(jobs)" --target "$@"
    fi
    log "built preset $preset in $((SECONDS - started)) s"
}

run_tests() {
    local preset=$1 dir="$ROOT/build/$1"
    if [ "$preset" = asan ]; then
        # Leak checking stays on; third-party leaks at exit are listed in tools/lsan.supp.
        export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1}
        export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/tools/lsan.supp:print_suppressions=0}
        export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    fi
    # The keychain needs a D-Bus session with an unlocked secret service (ENVIRONMENT.md); the
    # storage tests need PostgreSQL beside SQLite. ctest's summary is the last thing printed.
    # The keyring lives in a folder of its own: in ~/.local/share/keyrings the daemon would meet
    # the user's real login keyring (or one an earlier run made with another password), fail to
    # unlock it, and every keychain write would fail with "locked collection".
    keyring_home=$(mktemp -d /tmp/md-keyring.XXXXXX)
    trap 'rm -rf "$keyring_home"' EXIT
    local keyring="echo -n md-test-keyring | XDG_DATA_HOME='$keyring_home' gnome-keyring-daemon --unlock --components=secrets >/dev/null"
    "$ROOT/tools/with-postgres.sh" dbus-run-session -- bash -c \
        "$keyring; exec ctest --test-dir '$dir' --output-on-failure --timeout 900 -j $(jobs)"
}

desk_binary() {
    find "$ROOT/build/$1/app" -type f -name moderation-desk -perm -u+x 2>/dev/null | head -n 1
}

command=${1:-}
case "$command" in
run)
    install_packages
    build dev moderation-desk moderationctl
    binary=$(desk_binary dev)
    [ -n "$binary" ] || die "moderation-desk was not built (is MODERATION_BUILD_DESK on?)" 3
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        die "no display (DISPLAY and WAYLAND_DISPLAY are unset): run this in a desktop session, or over ssh -X" 3
    fi
    # A store of its own under build/, so the demo never mixes with your real single-seat store;
    # an empty store loads the bundled demo data on first start.
    demo="$ROOT/build/dev/demo/moderation.sqlite"
    mkdir -p "$(dirname "$demo")"
    log "starting $binary on demo data ($demo)"
    exec "$binary" --db "sqlite:$demo" "${@:2}"
    ;;
build)
    preset=${2:-dev}
    case "$preset" in dev | asan | release | package) build "$preset" ;;
    # The library and the CLI alone, without Qt Widgets: proves the core needs no window.
    nox) install_packages; build nox moderation moderationctl ;;
    *) die "unknown preset '$preset' (dev, asan, release, package, nox)" ;;
    esac
    ;;
test)
    preset=${2:-dev}
    case "$preset" in dev | asan | release | nox) ;; *) die "unknown preset '$preset' (dev, asan, release, nox)" ;; esac
    install_packages
    build "$preset"
    run_tests "$preset"
    ;;
packages)
    printf '%s\n' "${PACKAGES[@]}"
    ;;
-h | --help | help)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    ;;
*)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
