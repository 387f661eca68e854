#!/usr/bin/env bash
# The report of a real 1-million-record run (issue 4): generates 1M synthetic JSONL records, runs a
# recipe with filters, mappers, dedup and expectations through ./refinery (profiling on), prints
# the run time against the same recipe with no expectations and profiles and report off, then measures report.html's
# size and Chromium open time with report-open-time.sh on that output.
#
#   benchmarks/report-real-run.sh [work dir] [records]
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(realpath -m "${1:-benchmarks/data/real-run}")
RECORDS=${2:-1000000}
JAR=benchmarks/target/refinery-benchmarks.jar
[ -f "$JAR" ] || ./mvnw -q -B -o -DskipTests -pl benchmarks -am package
mkdir -p "$WORK"
[ -f "$WORK/in.jsonl" ] || java -cp "$JAR" ai.refinery.bench.SyntheticJsonl "$WORK/in.jsonl" "$RECORDS" 42

recipe() { # $1 name, $2 report settings, $3 whether to state expectations
    cat > "$WORK/$1.yaml" <<YAML
name: $1
input: {path: in.jsonl, id_field: id}
pipeline:
  - {op: filter, id: has_score, where: "score >= 0.1", reason: low_score}
  - {op: map_values, fields: [lang], mapping: {english: [en], german: [de]}}
  - {op: normalize_strings, fields: [text], letter_case: upper}
  - {op: exact_dedup, fields: [text]}
output: {path: out-$1, mode: overwrite}
report: $2
YAML
    [ "$3" = yes ] || return 0
    cat >> "$WORK/$1.yaml" <<YAML
expect:
  output:
    - {check: unique, column: id}
    - {check: between, column: score, min: 0.1, max: 1}
    - {check: values_in, column: lang, values: [english, german]}
    - {check: row_count, min: 500000}
    - {check: mean, column: score, between: [0.6, 0.7], level: warning}
YAML
}
recipe with-report "{label: lang}" yes
recipe without-report "{profile: false, html: false}" no
for name in without-report with-report without-report with-report without-report with-report; do
    start=$(date +%s%N)
    ./refinery run "$WORK/$name.yaml" --no-progress > "$WORK/$name.log" 2>&1
    echo "$name: $(( ($(date +%s%N) - start) / 1000000 )) ms"
done
grep -E 'records:|expectations' "$WORK/with-report.log"
REUSE=1 RUNS=${RUNS:-5} benchmarks/report-open-time.sh "$WORK/out-with-report"
