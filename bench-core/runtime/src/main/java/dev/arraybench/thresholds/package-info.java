/**
 * The runtime side of arraybench, for libraries: {@link dev.arraybench.thresholds.Thresholds} loads the file
 * {@code arraybench advise} writes and answers from which size to parallelise on the machine class nearest this
 * one ({@link dev.arraybench.thresholds.MachineFingerprint}). Depends on nothing but {@code java.base} and
 * compiles for Java 17 (tests check both), so any library can take it.
 */
package dev.arraybench.thresholds;
