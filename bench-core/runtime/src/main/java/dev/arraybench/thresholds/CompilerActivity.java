package dev.arraybench.thresholds;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * How much compiling this JVM's JIT has done so far, in milliseconds, so that {@link Calibration} can tell
 * code still being compiled from code that is ready: while the JIT compiles, the paths it times run slower
 * code, and on a 2-core machine the compiler threads also take a core from the parallel path. The count only
 * grows; two equal readings mean nothing finished compiling in between. Where the JVM does not count (or
 * {@code java.management} is not in the module graph), it reads 0 forever and the calibration relies on
 * the per-call times alone.
 */
final class CompilerActivity {

    private CompilerActivity() {
    }

    /** This JVM's total compilation time in milliseconds, or a constant 0 where it is not counted. */
    static LongSupplier ofThisJvm() {
        try {
            CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
            if (compiler != null && compiler.isCompilationTimeMonitoringSupported()) {
                return compiler::getTotalCompilationTime;
            }
        } catch (LinkageError | SecurityException unavailable) {
            // no java.management, or not allowed to read it: fall through to the per-call times alone
        }
        return () -> 0;
    }
}
