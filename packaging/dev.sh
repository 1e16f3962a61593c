#!/usr/bin/env bash
# Quoteshelf development environment.
#
#   packaging/dev.sh [--root|--native] run        build and start Quoteshelf on the sample library
#   packaging/dev.sh [--root|--native] test       build and run every test with ctest, then the fuzzers (60 s each)
#                                                  and the tests labelled sanitize under ASan+UBSan
#   packaging/dev.sh [--root|--native] fuzz       build and run only the fuzzers (tests/fuzz/run.sh)
#   packaging/dev.sh [--root|--native] sanitize   the fuzzers and the tests that need no display under ASan+UBSan
#   packaging/dev.sh [--root|--native] build      configure and build only
#   packaging/dev.sh [--root|--native] exec CMD…  run CMD inside the environment, in the current directory
#   packaging/dev.sh [--root|--native] shell      an interactive shell inside the environment
#
# On a host that already has Qt >= 6.5, KF6 SyntaxHighlighting and gumbo, everything runs natively.
# Elsewhere (Debian 12, say) the script builds a Debian 13 root with mmdebstrap from the package list
# in packaging/debian-packages.txt, caches it under $QUOTESHELF_CACHE (default /var/cache/quoteshelf),
# keyed by a hash of that list, and runs each command inside it with unshare + bind mounts + chroot,
# so nothing stays mounted afterwards. The checkout, ../shared, /tmp and $HOME keep their paths inside.
#
# Environment: QUOTESHELF_PRESET (CMake preset; default "dev", or "ci" when CI=true),
#              QUOTESHELF_CACHE (where the root and the ccache directory live),
#              QUOTESHELF_SANITIZE (0: test skips the fuzzers), FUZZ_SECONDS (per fuzzer, default 60),
#              FUZZ_SEED (test: 1, so a run explores the same inputs as the one before; fuzz: random).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
packages_file="$here/packaging/debian-packages.txt"
cache="${QUOTESHELF_CACHE:-/var/cache/quoteshelf}"
mode=auto

die() { echo "dev.sh: $*" >&2; exit 1; }

usage() {
    sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
    case "$1" in
        --root) mode=root; shift ;;
        --native) mode=native; shift ;;
        -h|--help) usage; exit 0 ;;
        --) shift; break ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) break ;;
    esac
done
[ $# -gt 0 ] || { usage; exit 2; }
command="$1"; shift

# --- the two environments -----------------------------------------------------------------------

package_list() { grep -v '^[[:space:]]*\(#\|$\)' "$packages_file" | tr -d '[:blank:]' | sort -u; }
root_dir() { echo "$cache/root-trixie-$(package_list | sha256sum | cut -c1-16)"; }

host_has_dependencies() {
    local qtpaths version
    qtpaths="$(command -v qtpaths6 || command -v qtpaths || true)"
    [ -n "$qtpaths" ] || return 1
    version="$("$qtpaths" --qt-query QT_VERSION 2>/dev/null || true)"
    [ -n "$version" ] || return 1
    # Qt >= 6.5
    [ "$(printf '%s\n6.5.0\n' "$version" | sort -V | head -n1)" = "6.5.0" ] || return 1
    command -v cmake >/dev/null || return 1
    pkg-config --exists gumbo 2>/dev/null || return 1
    compgen -G "/usr/lib*/cmake/KF6SyntaxHighlighting" >/dev/null \
        || compgen -G "/usr/lib/*/cmake/KF6SyntaxHighlighting" >/dev/null || return 1
    "$qtpaths" --qt-query QT_INSTALL_LIBS >/dev/null 2>&1 || return 1
    compgen -G "$("$qtpaths" --qt-query QT_INSTALL_LIBS)/libQt6WebEngineWidgets.so*" >/dev/null || return 1
}

ensure_root() {
    local root; root="$(root_dir)"
    # Each use marks the root as in use (see the pruning below).
    [ -e "$root/.complete" ] && { touch "$root/.complete" 2>/dev/null || true; return 0; }
    [ "$(id -u)" = 0 ] || die "building the Debian 13 root needs root (or install the dependencies and use --native)"
    mkdir -p "$cache"
    exec 9>"$cache/.lock"
    flock 9
    if [ ! -e "$root/.complete" ]; then
        if ! command -v mmdebstrap >/dev/null; then
            echo "dev.sh: installing mmdebstrap" >&2
            apt-get update -qq && apt-get install -y -qq mmdebstrap >/dev/null
        fi
        echo "dev.sh: creating the Debian 13 build root in $root (about a minute, once)" >&2
        rm -rf "$root.partial"
        mmdebstrap --quiet --variant=apt --include="$(package_list | paste -sd, -)" trixie "$root.partial"
        touch "$root.partial/.complete"
        mv "$root.partial" "$root"
        # Roots of other package lists unused for a week are no longer needed. One in use (another
        # worktree on another list) or still being built is left alone: removing it would make
        # that worktree rebuild it and remove this one in turn.
        local old
        for old in "$cache"/root-trixie-*; do
            [ "$old" = "$root" ] && continue
            if [ -n "$(find "$old/.complete" -maxdepth 0 -mtime +7 2>/dev/null)" ]; then rm -rf "$old"; fi
        done
    fi
    flock -u 9
}

# Runs "$@" in the current directory inside the root. Mounts live in a private mount namespace
# and disappear with the process.
in_root() {
    local root; root="$(root_dir)"
    local -a binds=(/tmp "$HOME" "$here" "$cache/ccache")
    [ -d "$here/../shared" ] && binds+=("$(cd "$here/../shared" && pwd -P)")
    mkdir -p "$cache/ccache"
    local script='set -e; r="$1"; shift; n="$1"; shift
        mount --rbind /dev "$r/dev"; mount -t proc proc "$r/proc"; mount --rbind /sys "$r/sys"
        for ((i = 0; i < n; i++)); do mkdir -p "$r$1"; mount --bind "$1" "$r$1"; shift; done
        exec chroot "$r" "$@"'
    local -a inner=(/usr/bin/env -i
        HOME="$HOME" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 TERM="${TERM:-dumb}"
        CCACHE_DIR="$cache/ccache" CCACHE_NOHASHDIR=true QTWEBENGINE_DISABLE_SANDBOX=1 QUOTESHELF_IN_ROOT=1
        CI="${CI:-}" QUOTESHELF_PRESET="${QUOTESHELF_PRESET:-}" DISPLAY="${DISPLAY:-}"
        QUOTESHELF_SANITIZE="${QUOTESHELF_SANITIZE:-}" FUZZ_SECONDS="${FUZZ_SECONDS:-}" FUZZ_SEED="${FUZZ_SEED:-}" CCACHE_DISABLE="${CCACHE_DISABLE:-}"
        QUOTESHELF_LIBRARY="${QUOTESHELF_LIBRARY:-}"
        /bin/bash -c 'cd "$0" && exec "$@"' "$PWD" "$@")
    unshare --mount --propagation private --fork \
        bash -c "$script" bash "$root" "${#binds[@]}" "${binds[@]}" "${inner[@]}"
}

# Runs "$@" natively or inside the root, whichever this host needs.
in_env() {
    case "$mode" in
        native) "$@" ;;
        root) ensure_root; in_root "$@" ;;
        auto)
            if [ -n "${QUOTESHELF_IN_ROOT:-}" ] || host_has_dependencies; then "$@"
            else ensure_root; in_root "$@"; fi ;;
    esac
}

# --- the steps, which run inside the environment ------------------------------------------------

preset() {
    if [ -n "${QUOTESHELF_PRESET:-}" ]; then echo "$QUOTESHELF_PRESET"
    elif [ "${CI:-}" = true ]; then echo ci
    else echo dev; fi
}

step_build() {
    cd "$here"
    local p; p="$(preset)"
    cmake --preset "$p" >/dev/null
    cmake --build --preset "$p"
}

with_display() {
    if [ -n "${DISPLAY:-}" ]; then "$@"
    else xvfb-run -a -s "-screen 0 1920x1080x24" "$@"; fi
}

step_test() {
    step_build
    cd "$here"
    if [ "$(preset)" = asan ]; then asan_env with_display ctest --preset asan
    else with_display ctest --preset "$(preset)"; fi
    # The preset's own run is the sanitizer run when it is asan; otherwise every fuzzer runs briefly.
    # A fixed seed makes the test's fuzzing repeatable: what it finds, a longer run with the same
    # seed on a developer's machine finds first. Exploring goes on in `dev.sh fuzz`.
    if [ "${QUOTESHELF_SANITIZE:-1}" != 0 ] && [ "$(preset)" != asan ]; then
        FUZZ_SEED="${FUZZ_SEED:-1}" step_fuzz
        step_sanitized_tests
    fi
}

# The tests labelled `sanitize` (hostile input, damaged libraries, the extractor; quoteshelf-cli too,
# which they run) under ASan+UBSan, built in the fuzzers' tree, whose libraries are already built
# so: a few minutes where the whole suite under ASan is a build of its own
# (QUOTESHELF_PRESET=asan packaging/dev.sh test).
step_sanitized_tests() {
    cd "$here"
    cmake --preset fuzz -DQUOTESHELF_BUILD_TESTS=ON >/dev/null
    local -a tests
    mapfile -t tests < <(cd build-fuzz && ctest -N -L sanitize 2>/dev/null | sed -n 's/^ *Test *#[0-9]*: //p')
    [ ${#tests[@]} -gt 0 ] || die "no tests labelled sanitize in build-fuzz"
    cmake --build build-fuzz -j2 --target "${tests[@]}"
    asan_env ctest --test-dir build-fuzz -L sanitize -j2 --timeout 900 --output-on-failure
}

# Every libFuzzer target (ASan+UBSan, non-GUI libraries only) for FUZZ_SECONDS (60), two at a time.
step_fuzz() {
    cd "$here"
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz -j2
    FUZZ_JOBS=2 tests/fuzz/run.sh "${FUZZ_SECONDS:-60}"
}

# The fuzzers, then the tests that need no display under ASan+UBSan. The whole suite with the GUI
# tests under ASan (QtWebEngine in a Debug ASan build: a long build) is
#   QUOTESHELF_PRESET=asan packaging/dev.sh test
step_sanitize() {
    step_fuzz
    cmake --preset asan >/dev/null
    local -a tests
    mapfile -t tests < <(cd build-asan && ctest -N -LE gui 2>/dev/null | sed -n 's/^ *Test *#[0-9]*: //p')
    [ ${#tests[@]} -gt 0 ] || die "no non-GUI tests found in build-asan"
    cmake --build build-asan -j2 --target "${tests[@]}"
    asan_env ctest --test-dir build-asan -LE gui -j2 --timeout 900 --output-on-failure
}

# The sanitizers' options for a test run: leaks inside Qt's, Chromium's and Mesa's own libraries
# are suppressed (tests/sanitizers/lsan.supp), every UBSan report fails the test.
asan_env() (
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
    export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    "$@"
)

step_run() {
    step_build
    cd "$here"
    local library="$here/build/sample-library"
    if [ -n "${DISPLAY:-}" ]; then
        exec "$here/build/bin/quoteshelf" --library "$library" "$@"
    fi
    rm -f "$here/build/screenshot.png"
    xvfb-run -a -s "-screen 0 1366x768x24" \
        "$here/build/bin/quoteshelf" --library "$library" --screenshot "$here/build/screenshot.png" "$@"
    [ -s "$here/build/screenshot.png" ] || die "no screenshot was written"
    echo "$here/build/screenshot.png"
}

# Internal entry point: the script calls itself inside the environment for each step.
if [ "$command" = __step ]; then
    step="$1"; shift
    "step_$step" "$@"
    exit $?
fi

case "$command" in
    build|test|run|fuzz|sanitize) in_env "$here/packaging/dev.sh" __step "$command" "$@" ;;
    exec) [ $# -gt 0 ] || die "exec needs a command"; in_env "$@" ;;
    shell) in_env bash ;;
    *) usage >&2; exit 2 ;;
esac
