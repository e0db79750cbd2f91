package sample;

/** The code under test: a plain sum. */
public final class Kernel {

    private Kernel() {
    }

    /** The sum of {@code data}. */
    public static double sum(double[] data) {
        double sum = 0;
        for (double x : data) {
            sum += x;
        }
        return sum;
    }
}
