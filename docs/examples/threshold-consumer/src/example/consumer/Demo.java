package example.consumer;

import dev.arraybench.thresholds.Thresholds;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

/** Loads the thresholds this example ships and says, per size, which path a call would take. */
public final class Demo {

    private Demo() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     * @throws URISyntaxException never: the thresholds file is on the class path
     */
    public static void main(String[] args) throws URISyntaxException {
        Path file = Path.of(Demo.class.getResource("thresholds.properties").toURI());
        Thresholds thresholds = Thresholds.load(file);
        for (long n : new long[] {1_000, 100_000, 10_000_000}) {
            boolean parallel = thresholds.shouldParallelize("sum", "int32", "native", "zero-copy-parallel", "spin", 2, n);
            System.out.printf(Locale.ROOT, "sum of %,d int32: %s%n", n, parallel ? "parallel" : "sequential");
        }
        System.out.println("(on Java " + System.getProperty("java.version") + ")");
    }
}
