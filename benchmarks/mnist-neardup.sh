#!/usr/bin/env bash
# Exact and perceptual near-duplicate search over the 70,000 MNIST images (train + test IDX files in
# the dataset cache, fetched by recipes/mnist.yaml on first use): wall seconds of ./refinery, RUNS times,
# and what was dropped. Usage: benchmarks/mnist-neardup.sh [RUNS=3] ["perceptual settings"]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS=${1:-3}
SETTINGS=${2:-"max_distance: 4"}
MNIST="${REFINERY_CACHE_DIR:-$HOME/.cache/refinery/datasets}/mnist"
[ -f "$MNIST/train-images-idx3-ubyte" ] || { echo "MNIST not in $MNIST: run ./refinery run recipes/mnist.yaml once" >&2; exit 2; }
mkdir -p benchmarks/data
cat > benchmarks/data/mnist-neardup.yaml <<YAML
name: mnist-neardup
input: {path: '$MNIST/*-images-idx3-ubyte', format: idx}
pipeline:
  - {op: exact_image_dedup}
  - {op: perceptual_image_dedup, $SETTINGS}
output: {path: out-neardup, mode: overwrite, format: discard}
YAML
for r in $(seq 1 "$RUNS"); do
  t0=$(date +%s.%N)
  ./refinery run benchmarks/data/mnist-neardup.yaml --no-progress > benchmarks/data/mnist-neardup.log 2>&1
  t1=$(date +%s.%N)
  printf 'run %d: %.1f s; %s\n' "$r" "$(echo "$t1 - $t0" | bc -l)" "$(grep -E 'records:|dropped by' benchmarks/data/mnist-neardup.log | sed 's/^ *//' | tr '\n' ';')"
done
