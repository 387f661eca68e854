/**
 * Taps: read-only observers of a run's record stream, computed per batch and merged in input order
 * so that executors can run them in parallel ({@link ai.refinery.core.tap.RecordTap}).
 */
package ai.refinery.core.tap;
