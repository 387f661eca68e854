/**
 * Neural-network layers on batches of rows: {@link ai.refinery.learn.nn.Dense},
 * {@link ai.refinery.learn.nn.ReLU}, {@link ai.refinery.learn.nn.Sigmoid},
 * {@link ai.refinery.learn.nn.Tanh}, {@link ai.refinery.learn.nn.Dropout}, composed by
 * {@link ai.refinery.learn.nn.Sequential}; losses ({@link ai.refinery.learn.nn.SoftmaxCrossEntropy},
 * {@link ai.refinery.learn.nn.MeanSquaredError}); and {@link ai.refinery.learn.nn.Mlp}, which builds
 * a model from an {@link ai.refinery.learn.nn.MlpSpec} and a seed. Matrix products go through
 * {@link ai.refinery.learn.tensor.Gemm}; buffers are sized once for the largest batch.
 */
package ai.refinery.learn.nn;
