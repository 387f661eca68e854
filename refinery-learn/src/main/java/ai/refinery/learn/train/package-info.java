/**
 * Training: {@link ai.refinery.learn.train.Trainer} fits a {@link ai.refinery.learn.nn.Sequential}
 * model on an in-memory {@link ai.refinery.learn.train.Dataset} as a
 * {@link ai.refinery.learn.train.TrainerConfig} says (batches, seeded shuffling, validation, early
 * stopping, clipping, schedules), reports to a {@link ai.refinery.learn.train.TrainingListener},
 * writes a {@link ai.refinery.learn.train.Checkpoint} after each epoch and resumes from it.
 */
package ai.refinery.learn.train;
