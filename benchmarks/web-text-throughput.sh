#!/usr/bin/env bash
# Throughput of the whole web-text chain (recipes/web-text.yaml) on a large corpus grown from the
# real SpamAssassin mails (WebTextCorpus): MB of mail text per wall-clock second, end to end
# (start of the JVM, fitting passes, the run, run.json, report.html), median of RUNS runs.
# Usage: benchmarks/web-text-throughput.sh [MB=1000] [RUNS=3]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
MB=${1:-1000}
RUNS=${2:-3}
DATA=benchmarks/data
JAR=benchmarks/target/refinery-benchmarks.jar
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests -pl benchmarks -am package
mkdir -p "$DATA"
CORPUS="$DATA/web-text-${MB}mb.jsonl.zst"
if [ ! -f "$CORPUS" ]; then java -Xmx2g -cp "$JAR" ai.refinery.bench.WebTextCorpus "$CORPUS" "$MB" | tee "$CORPUS.info"; fi
BYTES=$(awk '{print $3}' "$CORPUS.info")
# the recipe of recipes/web-text.yaml, reading the corpus (raw mail text in the field 'raw') instead of the dataset
sed -e "s#^  dataset: spam_assassin.*#  path: web-text-${MB}mb.jsonl.zst#" \
    -e "s#^  - op: mail_to_text .*#  - {op: mail_to_text, field: raw}#" \
    recipes/web-text.yaml > "$DATA/web-text-bench.yaml"
SECS=()
for r in $(seq 1 "$RUNS"); do
  t0=$(date +%s.%N)
  ./refinery run "$DATA/web-text-bench.yaml" --no-progress > "$DATA/web-text-bench.log" 2>&1
  t1=$(date +%s.%N)
  s=$(echo "$t1 - $t0" | bc -l)
  SECS+=("$s")
  printf 'run %d: %.1f s, %.2f MB/s of mail text (%s)\n' "$r" "$s" "$(echo "$BYTES / 1000000 / $s" | bc -l)" "$(grep -m1 'records:' "$DATA/web-text-bench.log" | sed 's/^ *//')"
done
MED=$(printf '%s\n' "${SECS[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
printf 'median: %.1f s, %.2f MB/s of mail text (%d bytes), on %s cores\n' "$MED" "$(echo "$BYTES / 1000000 / $MED" | bc -l)" "$BYTES" "$(nproc)"
python3 - "$DATA/out/web-text/_refinery/run.json" <<'PY' || true
import json, sys
d = json.load(open(sys.argv[1]))
print("CPU seconds by operator (last run):", ", ".join(f"{o['name']} {o['seconds']:.1f}" for o in d["operators"]))
PY
