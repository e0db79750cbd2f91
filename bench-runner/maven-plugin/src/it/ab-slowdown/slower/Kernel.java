package sample;

/** The code under test, made slower: every element goes through Math.exp (tens of cycles, not one add). */
public final class Kernel {

    private Kernel() {
    }

    /** The sum of {@code data}, the slow way. */
    public static double sum(double[] data) {
        double sum = 0;
        for (double x : data) {
            sum += Math.log(Math.exp(x));
        }
        return sum;
    }
}
