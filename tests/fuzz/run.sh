#!/usr/bin/env bash
# Runs the libFuzzer targets of the fuzz preset, each for SECONDS, JOBS of them at a time.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET…]          default: 60 seconds, every target
#   FUZZ_JOBS=2 FUZZ_BUILD=build-fuzz tests/fuzz/run.sh 600
#   FUZZ_SEED=1 tests/fuzz/run.sh                   the same inputs in the same order on every run
#
# Build them first:  cmake --preset fuzz && cmake --build --preset fuzz  (inside packaging/dev.sh exec).
# Seed corpora are made afresh in $FUZZ_BUILD/corpus/seed-* from the project's own fixtures
# (resources/samples, resources/export, tests/data); what each target discovers goes to
# $FUZZ_BUILD/corpus/TARGET and is kept between runs. A crash, leak, sanitizer report, timeout or
# out-of-memory leaves its input as $FUZZ_BUILD/findings/TARGET/crash-… (or leak-, timeout-, oom-)
# and makes the script exit non-zero. Replay one with: $FUZZ_BUILD/fuzz/TARGET FILE
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$here/${FUZZ_BUILD:-build-fuzz}"
seconds="${1:-60}"; [ $# -gt 0 ] && shift
jobs="${FUZZ_JOBS:-1}"
all=(fuzz_import fuzz_import_html fuzz_import_mhtml fuzz_import_text fuzz_import_markdown
     fuzz_extract fuzz_export_markdown fuzz_export_template)
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
corpus="$build/corpus"
rs=$'\x1e' # the field separator of the export targets

# --- seeds --------------------------------------------------------------------------------------
seed() { mkdir -p "$corpus/seed-$1"; cat > "$corpus/seed-$1/$2"; }
make_seeds() {
    rm -rf "$corpus"/seed-*
    local html="$here/resources/samples/02-night-trains.html" text="$here/resources/samples/01-gaza-hostage-talks.txt"
    local md
    seed html page.html < "$html"
    seed html snippet.html < "$here/tests/data/render/snippet.cpp.html"
    seed text sample.txt < "$text"
    seed text snippet.txt < "$here/tests/data/render/snippet.cpp"
    for md in "$here"/tests/data/export/*.md "$here"/resources/export/default.md; do
        seed markdown "$(basename "$md")" < "$md"
    done
    # MHTML as a browser saves it: the page quoted-printable, an image in base64, by location and id.
    {
        printf 'From: <Saved by Blink>\r\nSubject: Night trains\r\nMIME-Version: 1.0\r\n'
        printf 'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----=_Part_1"\r\n\r\n'
        printf -- '------=_Part_1\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n'
        printf 'Content-Location: https://example.org/night-trains\r\n\r\n'
        sed 's/=/=3D/g; s/<\/h1>/<\/h1><img src="cid:img1@example" alt="A train">/' "$html" | sed 's/$/\r/'
        printf '\r\n------=_Part_1\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n'
        printf 'Content-ID: <img1@example>\r\nContent-Location: https://example.org/train.png\r\n\r\n'
        printf 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==\r\n'
        printf -- '------=_Part_1--\r\n'
    } | seed mhtml page.mhtml
    # Regressions: header names with a NUL byte once passed for Content-Type and Content-ID.
    sed 's/^Content-Transfer-Encoding: base64/Content-Type\x00x: text\/plain\r\nContent-ID\x00: <\r\n&/' \
        "$corpus/seed-mhtml/page.mhtml" | seed mhtml nul-header-names.mhtml
    # The sniffing target: the first byte picks the file name's extension (see fuzz_import.cpp).
    local name f
    for f in "$corpus"/seed-html/* "$corpus"/seed-mhtml/* "$corpus"/seed-text/* "$corpus"/seed-markdown/*; do
        name="$(basename "$(dirname "$f")")-$(basename "$f")"
        case "$f" in
            */seed-html/*) { printf '\0'; cat "$f"; } | seed import "$name" ;;
            */seed-mhtml/*) { printf '\1'; cat "$f"; } | seed import "$name" ;;
            */seed-text/*) { printf '\2'; cat "$f"; } | seed import "$name" ;;
            */seed-markdown/*) { printf '\3'; cat "$f"; } | seed import "$name" ;;
        esac
    done
    seed extract sample.txt < "$text"
    seed extract paragraphs.txt < <(sed -n '/“/p' "$text")
    # Export: title, author, published, tags, note, then highlight texts and notes, a role and quotes.
    local para; para="$(sed -n '/“/{p;q}' "$text")"
    printf '%s' "Night trains are back${rs}Jane Doe${rs}2026-01-02T03:04:05Z${rs}rail,europe${rs}A **note** with [a link](https://example.org) and\n\n> a quote${rs}${para}${rs}- a list\n- item${rs}Second highlight with \`code\`${rs}${rs}Third | with | pipes${rs}# heading note${rs}minister${rs}${para}${rs}they said so" \
        | seed export sample
    printf '%s' "Title${rs}${rs}${rs}${rs}" | seed export empty
    local tmpl
    for tmpl in "$here/resources/export/default.md" "$here/tests/data/export/custom-template.md"; do
        { cat "$tmpl"; printf '%s' "${rs}{{ title }} - {{ author }}${rs}"; cat "$corpus/seed-export/sample"; } \
            | seed template "$(basename "$tmpl")"
    done
}

seeds_of() {
    case "$1" in
        fuzz_import) echo import ;;
        fuzz_import_*) echo "${1#fuzz_import_}" ;;
        fuzz_extract) echo extract ;;
        fuzz_export_markdown) echo export ;;
        fuzz_export_template) echo template ;;
    esac
}

# --- running ------------------------------------------------------------------------------------
run_one() {
    local target="$1" log="$build/findings/$1.log"
    mkdir -p "$corpus/$target" "$build/findings/$target"
    # Leaks inside Qt's and the system's libraries are not ours (tests/sanitizers/lsan.supp).
    LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=0" \
    QT_QPA_PLATFORM=offscreen \
        "$build/fuzz/$target" ${FUZZ_SEED:+-seed="$FUZZ_SEED"} -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$build/findings/$target/" \
        "$corpus/$target" "$corpus/seed-$(seeds_of "$target")" > "$log" 2>&1
}

summary() {
    local target="$1" log="$build/findings/$1.log" runs secs
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    secs="$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)"
    printf '%-22s %10s runs in %5s s, corpus %5s inputs\n' "$target" "${runs:-?}" "${secs:-?}" \
        "$(find "$corpus/$target" -type f | wc -l)"
}

for t in "${targets[@]}"; do
    [ -x "$build/fuzz/$t" ] || { echo "run.sh: $build/fuzz/$t is not built (cmake --build --preset fuzz)" >&2; exit 2; }
done
make_seeds
echo "Fuzzing ${#targets[@]} targets for $seconds s each, $jobs at a time"
failed=()
pids=(); names=()
wait_one() {
    local i="$1"
    if wait "${pids[$i]}"; then summary "${names[$i]}"
    else
        summary "${names[$i]}"; failed+=("${names[$i]}")
        echo "  FINDING in ${names[$i]}: $(ls "$build/findings/${names[$i]}" | head -3 | tr '\n' ' ')" >&2
        grep -m3 -E 'ERROR:|runtime error:|SUMMARY:' "$build/findings/${names[$i]}.log" | sed 's/^/    /' >&2 || true
    fi
}
for t in "${targets[@]}"; do
    run_one "$t" & pids+=($!); names+=("$t")
    if [ ${#pids[@]} -ge "$jobs" ]; then wait_one 0; pids=("${pids[@]:1}"); names=("${names[@]:1}"); fi
done
for i in "${!pids[@]}"; do wait_one "$i"; done
if [ ${#failed[@]} -gt 0 ]; then
    echo "run.sh: findings in ${failed[*]} (inputs in $build/findings/)" >&2
    exit 1
fi
