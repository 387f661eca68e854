#!/usr/bin/env bash
# One epoch of 784-500-10 / SGD / batch 64 on MNIST: Refinery vs PyTorch (2 threads each), same run.
# Installs Debian's python3-torch when missing, with OpenBLAS: without it Debian's torch runs on the
# reference BLAS and is several times slower, which would flatter Refinery. Prints both medians and the ratio.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
EPOCHS="${1:-3}"
if ! /usr/bin/python3 -c "import torch, numpy" 2>/dev/null || ! dpkg -s libopenblas0-pthread >/dev/null 2>&1; then
  echo "installing python3-torch and OpenBLAS (Debian) ..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-torch libopenblas0-pthread >/dev/null
fi
./mvnw -q -B -DskipTests -pl benchmarks -am package
CACHE="${REFINERY_CACHE_DIR:-$HOME/.cache/refinery/datasets}/mnist"
java -Xmx1g --add-modules jdk.incubator.vector -Drefinery.threads=2 -cp benchmarks/target/refinery-benchmarks.jar \
  ai.refinery.bench.MnistEpoch "$EPOCHS" | tee /tmp/refinery-epoch.txt
/usr/bin/python3 benchmarks/mnist_epoch_torch.py "$CACHE" "$EPOCHS" | tee /tmp/torch-epoch.txt
R=$(sed -n 's/refinery median epoch: \([0-9.]*\) s.*/\1/p' /tmp/refinery-epoch.txt)
T=$(sed -n 's/pytorch median epoch: \([0-9.]*\) s.*/\1/p' /tmp/torch-epoch.txt)
python3 -c "print(f'ratio refinery/pytorch: {$R/$T:.2f} (target <= 0.50)')"
