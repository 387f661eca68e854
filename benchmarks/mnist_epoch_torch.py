"""One epoch of 784-500-10 (ReLU, softmax cross-entropy, SGD lr 0.1, batch 64) on the 60,000 MNIST
training images in PyTorch with 2 threads: the peer of ai.refinery.bench.MnistEpoch. Reads the IDX
files that Refinery cached (same bytes, SHA-256 checked by Refinery)."""
import sys, time, os
import numpy as np
import torch

cache = sys.argv[1]
epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
torch.set_num_threads(2)
torch.manual_seed(42)

def idx(path, offset):
    with open(path, "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)

x = torch.from_numpy(idx(os.path.join(cache, "train-images-idx3-ubyte"), 16).reshape(60000, 784).astype(np.float32) / 255.0)
y = torch.from_numpy(idx(os.path.join(cache, "train-labels-idx1-ubyte"), 8).astype(np.int64))
model = torch.nn.Sequential(torch.nn.Linear(784, 500), torch.nn.ReLU(), torch.nn.Linear(500, 10))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = torch.nn.CrossEntropyLoss()

def epoch():
    perm = torch.randperm(60000)
    for i in range(0, 60000, 64):
        idxs = perm[i:i + 64]
        opt.zero_grad()
        loss = loss_fn(model(x[idxs]), y[idxs])
        loss.backward()
        opt.step()

epoch()  # warm-up
times = []
for e in range(epochs):
    t0 = time.perf_counter()
    epoch()
    times.append(time.perf_counter() - t0)
    print(f"pytorch epoch {e + 1}: {times[-1]:.3f} s")
times.sort()
print(f"pytorch median epoch: {times[len(times) // 2]:.3f} s (torch {torch.__version__}, {torch.get_num_threads()} threads)")
