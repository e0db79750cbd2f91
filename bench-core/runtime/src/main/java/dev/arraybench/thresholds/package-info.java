/**
 * The runtime side of {@code arraybench advise}: a library loads the thresholds file's {@code .properties}
 * form and asks from which size to parallelise. This package depends on nothing but the JDK (a test checks
 * its imports), so a library can copy it or depend on it without pulling arraybench's analysis in.
 */
package dev.arraybench.thresholds;
