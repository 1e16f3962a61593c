#!/usr/bin/env bash
# The Debian package installed the way a user installs it, in a clean Debian 13 root:
#
#   packaging/test-deb.sh [PACKAGE.deb]
#
# Without an argument the package is made first (packaging/dev.sh build, then cpack -G DEB in
# build/). A minimal root (mmdebstrap, apt variant, plus Xvfb) installs the package with apt, so its
# declared dependencies must be complete; inside it the installed tool prints its version, imports
# an article and exports it as Markdown, and the installed app starts under Xvfb and saves a
# screenshot of its window. Results and the screenshot land in build/deb-test/. Needs root and
# network access to a Debian mirror; takes a few minutes (the Qt WebEngine runtime is large).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
die() { echo "test-deb.sh: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root (mmdebstrap)"
command -v mmdebstrap > /dev/null || die "needs mmdebstrap (apt-get install mmdebstrap)"

deb="${1:-}"
if [ -z "$deb" ]; then
    "$here/packaging/dev.sh" build
    "$here/packaging/dev.sh" exec bash -c 'cd build && rm -f quoteshelf_*.deb && cpack -G DEB > cpack.log'
    deb="$(ls -t "$here"/build/quoteshelf_*.deb | head -1)"
fi
[ -f "$deb" ] || die "no package at $deb"
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"

out="$here/build/deb-test"
rm -rf "$out"; mkdir -p "$out"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cp "$deb" "$work/quoteshelf.deb"
cat > "$work/check.sh" <<'CHECK'
set -eu
export QT_QPA_PLATFORM=xcb QTWEBENGINE_DISABLE_SANDBOX=1 HOME=/tmp/home LANG=C.UTF-8
mkdir -p "$HOME" /tmp/out
{
    echo "== dpkg -s quoteshelf"; dpkg -s quoteshelf | grep -E '^(Version|Depends):'
    echo "== quoteshelf-cli --version"; quoteshelf-cli --version
    printf '%s\n\n%s\n' "Ferry timetable changes on the island" \
        "“The first boat will leave at six,” the harbour master, Ines Varga, said on Monday." > /tmp/ferry.txt
    echo "== import"; quoteshelf-cli --library /tmp/library import /tmp/ferry.txt
    echo "== export"; quoteshelf-cli --library /tmp/library export --all --out /tmp/out/notes
    grep -q 'Ines Varga' /tmp/out/notes/*.md && echo "the note names the speaker"
    echo "== the app under Xvfb"
    xvfb-run -a -s "-screen 0 1366x768x24" quoteshelf --library /tmp/library --screenshot /tmp/out/screenshot.png
    test -s /tmp/out/screenshot.png && echo "screenshot saved"
    echo "PASS"
} > /tmp/out/report.txt 2>&1 || { echo FAIL >> /tmp/out/report.txt; }
CHECK
mmdebstrap --quiet --variant=apt --include=xvfb,xauth \
    --customize-hook="copy-in $work/quoteshelf.deb $work/check.sh /tmp" \
    --customize-hook='chroot "$1" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/quoteshelf.deb' \
    --customize-hook='chroot "$1" bash /tmp/check.sh' \
    --customize-hook="copy-out /tmp/out $out" \
    trixie "$work/root"
cat "$out/out/report.txt"
grep -qx PASS "$out/out/report.txt" || die "the installed package failed (build/deb-test/out/report.txt)"
echo "test-deb.sh: $(basename "$deb") installs and runs in a clean Debian 13 root; screenshot: $out/out/screenshot.png"
