#!/usr/bin/env bash
# Report size and open time (issue 4): builds a synthetic _refinery/ directory shaped like a
# 1-million-record run's (many shards of dropped/changed side files, 40-column profiles, train and
# evaluate sections with a 10x10 confusion matrix), writes report.html on it, prints its size, and
# times headless Chromium loading it against a blank page in the same run (median of RUNS loads).
#
#   benchmarks/report-open-time.sh [work dir] [records] [shards]
#   RUNS=7 benchmarks/report-open-time.sh benchmarks/data/report 1000000 1000
#
# Needs Debian's chromium (apt-get install -y chromium). Results go to benchmarks/RESULTS-report.md.
set -euo pipefail
cd "$(dirname "$0")/.."

WORK=${1:-benchmarks/data/report}
RECORDS=${2:-1000000}
SHARDS=${3:-1000}
RUNS=${RUNS:-7}
JAR=benchmarks/target/refinery-benchmarks.jar
CHROMIUM=${CHROMIUM:-chromium}
FLAGS=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
       --disable-sync --no-first-run --hide-scrollbars)

command -v "$CHROMIUM" >/dev/null || { echo "no $CHROMIUM: apt-get install -y chromium" >&2; exit 1; }
[ -f "$JAR" ] || ./mvnw -q -B -o -DskipTests -pl benchmarks -am package

[ -n "${REUSE:-}" ] || rm -rf "$WORK"
[ -n "${REUSE:-}" ] || java -Xmx512m -cp "$JAR" ai.refinery.bench.SyntheticRunDir "$WORK" "$RECORDS" "$SHARDS"
REPORT=$(realpath "$WORK/_refinery/report.html")
BLANK=$(realpath "$WORK")/blank.html
printf '<!DOCTYPE html><html><head><meta charset="utf-8"/><title>blank</title></head><body></body></html>\n' > "$BLANK"

echo "report.html: $(stat -c %s "$REPORT") bytes; charts/: $(ls "$WORK/_refinery/charts" | wc -l) PNGs, $(du -sk "$WORK/_refinery/charts" | cut -f1) KiB"

PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT

# A harness page loads a page in an iframe and records, in the browser's own clock, the time until
# the page has loaded and been laid out in full (reading scrollHeight forces style and layout).
harness() {
    cat > "$2" <<HTML
<!DOCTYPE html><html><head><meta charset="utf-8"/><title>harness</title></head><body>
<script>
const t0 = performance.now();
function done(f) {
  const height = f.contentDocument.documentElement.scrollHeight;
  document.body.dataset.layout = (performance.now() - t0).toFixed(0);
  document.body.dataset.height = height;
}
</script>
<iframe src="file://$1" style="width:1300px;height:1000px" onload="done(this)"></iframe>
</body></html>
HTML
}
harness "$BLANK" "$PROFILE/harness-blank.html"
harness "$REPORT" "$PROFILE/harness-report.html"

# Wall milliseconds for one Chromium process to open a file and exit: "dom" returns after the load
# event (--dump-dom), "screen" after laying out and painting the first 1300x1000 screen (--screenshot).
wall_ms() {
    local start end
    start=$(date +%s%N)
    if [ "$1" = dom ]; then
        "$CHROMIUM" "${FLAGS[@]}" --user-data-dir="$PROFILE/user" --dump-dom "file://$2" >/dev/null 2>&1
    else
        "$CHROMIUM" "${FLAGS[@]}" --user-data-dir="$PROFILE/user" --window-size=1300,1000 \
            --screenshot="$PROFILE/shot.png" "file://$2" >/dev/null 2>&1
    fi
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

# "milliseconds height" measured inside the browser by a harness page.
in_page() {
    local out=""
    for _ in 1 2 3; do
        out=$("$CHROMIUM" "${FLAGS[@]}" --user-data-dir="$PROFILE/user" --allow-file-access-from-files \
            --dump-dom "file://$1" 2>/dev/null | sed -n 's/.*data-layout="\([0-9]*\)" data-height="\([0-9]*\)".*/\1 \2/p')
        [ -n "$out" ] && break
    done
    echo "${out:-0 0}"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

wall_ms dom "$BLANK" >/dev/null # warm the disk cache and the profile directory
declare -a db dr sb sr lb lr
for _ in $(seq "$RUNS"); do   # interleaved, so machine noise hits both alike
    db+=("$(wall_ms dom "$BLANK")");    dr+=("$(wall_ms dom "$REPORT")")
    sb+=("$(wall_ms screen "$BLANK")"); sr+=("$(wall_ms screen "$REPORT")")
    read -r l h < <(in_page "$PROFILE/harness-blank.html");  lb+=("$l")
    read -r l h < <(in_page "$PROFILE/harness-report.html"); lr+=("$l"); height=$h
done
row() { # name, blank values, report values
    local b r
    b=$(printf '%s\n' $2 | median)
    r=$(printf '%s\n' $3 | median)
    printf '%-36s blank [%s] median %5d ms | report [%s] median %5d ms | ratio %s, difference %d ms\n' "$1" "$2" "$b" "$3" "$r" \
        "$(awk -v r="$r" -v b="$b" 'BEGIN {printf "%.2f", (b > 0 ? r / b : 0)}')" $((r - b))
}
echo "Chromium $("$CHROMIUM" --version 2>/dev/null | awk '{print $2}'), $RUNS loads each, report page height ${height} px"
row "process, start to load event" "${db[*]}" "${dr[*]}"
row "process, start to first screen shot" "${sb[*]}" "${sr[*]}"
row "in page: loaded and laid out" "${lb[*]}" "${lr[*]}"
