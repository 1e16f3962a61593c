#!/usr/bin/env bash
# Makes the AppStream screenshots from the real app: the sample library in the light and the dark
# theme, saved by `quoteshelf --screenshot` once the article is on screen. Run from the checkout
# after a build:  packaging/dev.sh exec packaging/make-screenshots.sh [OUT-DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-packaging/screenshots}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for theme in light dark; do
    mkdir -p "$work/$theme/config/Quoteshelf"
    printf '[reader]\ntheme=%s\n\n[window]\ngeometry=@ByteArray()\n' "$theme" >"$work/$theme/config/Quoteshelf/Quoteshelf.conf"
    XDG_CONFIG_HOME="$work/$theme/config" XDG_DATA_HOME="$work/$theme/data" \
        xvfb-run -a -s "-screen 0 1600x1000x24" build/bin/quoteshelf --library "$work/$theme/library" \
        --screenshot "$out/quoteshelf-$theme.png"
    echo "$out/quoteshelf-$theme.png"
done
