#!/usr/bin/env bash
# The installed layout, checked the way a package would ship it:
#   install_check.sh BUILD_DIR SOURCE_DIR
# installs the build into a temporary prefix, checks that every file a desktop needs is there,
# validates the desktop entry and the AppStream metadata with the freedesktop tools, and runs the
# installed programs: the command-line tool imports an article and exports it as Markdown, which
# needs both of its installed modules (the export command and the template filters).
# Exits 77 (skipped) when the validators are not installed; any other failure is a failed test.
set -euo pipefail

build="$1"; source="$2"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
prefix="$work/usr"
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" > "$work/install.log" || { cat "$work/install.log"; fail "cmake --install"; }

id=org.quoteshelf.Quoteshelf
expected=(bin/quoteshelf bin/quoteshelf-cli
          "share/applications/$id.desktop" "share/metainfo/$id.metainfo.xml"
          "share/icons/hicolor/scalable/apps/$id.svg")
for size in 16 22 24 32 48 64 128 256; do expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png"); done
for file in "${expected[@]}"; do [ -s "$prefix/$file" ] || fail "$file is not installed"; done
plugins=("$prefix"/lib*/quoteshelf/plugins)
[ -d "${plugins[0]}" ] || fail "no lib/quoteshelf/plugins directory"
[ -f "${plugins[0]}/quoteshelf_cliexport.so" ] || fail "the export module is not installed"
compgen -G "${plugins[0]}/kf6/ktexttemplate/*.so" > /dev/null || fail "the template filters are not installed"
# Nothing of the build tree leaks into the installed programs.
if readelf -d "$prefix/bin/quoteshelf-cli" | grep -qE 'R(UN)?PATH.*'"$build"; then fail "quoteshelf-cli keeps the build tree in its RPATH"; fi

# The installed programs run, from their installed places only.
export QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
"$prefix/bin/quoteshelf" --version | grep -q '^Quoteshelf ' || fail "quoteshelf --version"
cli="$prefix/bin/quoteshelf-cli"
"$cli" --version | grep -qi 'quoteshelf' || fail "quoteshelf-cli --version"
printf '%s\n\n%s\n' "Ferry timetable changes on the island" \
    "“The first boat will leave at six,” the harbour master, Ines Varga, said on Monday. The change starts in May." \
    > "$work/ferry.txt"
"$cli" --library "$work/library" import "$work/ferry.txt" > "$work/import.out" || fail "the installed tool could not import"
"$cli" --library "$work/library" export --all --out "$work/notes" > "$work/export.out" 2>&1 \
    || { cat "$work/export.out"; fail "the installed tool could not export"; }
note="$(find "$work/notes" -name '*.md' | head -1)"
[ -n "$note" ] || fail "the export wrote no Markdown file"
grep -q 'Ferry timetable changes on the island' "$note" || fail "the exported note lacks the title"
grep -q 'Ines Varga' "$note" || fail "the exported note lacks the speaker"

# The freedesktop validators: errors fail, warnings are printed.
command -v desktop-file-validate > /dev/null && command -v appstreamcli > /dev/null || {
    echo "SKIP: desktop-file-validate or appstreamcli is not installed (packages desktop-file-utils, appstream)"
    exit 77
}
desktop-file-validate "$prefix/share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$prefix/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
echo "PASS: installed layout, desktop entry, AppStream metadata, installed tool imports and exports"
