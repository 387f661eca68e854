/**
 * Optimizers ({@link ai.refinery.learn.optim.Sgd}, {@link ai.refinery.learn.optim.Adam},
 * {@link ai.refinery.learn.optim.AdamW}) with their config records, learning-rate schedules
 * ({@link ai.refinery.learn.optim.ScheduleConfig} builds constant, step and cosine ones, with an
 * optional linear warm-up) and {@link ai.refinery.learn.optim.GradientClipping} by global norm.
 */
package ai.refinery.learn.optim;
