package dev.arraybench.core.history;

/**
 * What adding one machine's results from a file did.
 *
 * @param source the file (with {@code #n} for the n-th machine of a fleet file)
 * @param machine the machine class's label
 * @param benchmarks how many benchmarks the run holds
 * @param alreadyPresent true when the same content had been added before, so nothing was written
 */
public record Added(String source, String machine, int benchmarks, boolean alreadyPresent) {

    /** One line for the user, such as {@code a.json: 12 benchmarks added (Xeon, 8 cores, JDK ...)}. */
    public String describe() {
        return alreadyPresent
                ? source + ": already in the history, nothing added (" + machine + ")"
                : source + ": " + benchmarks + " benchmark" + (benchmarks == 1 ? "" : "s") + " added (" + machine + ")";
    }
}
