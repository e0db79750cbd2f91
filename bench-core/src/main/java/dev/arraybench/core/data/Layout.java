package dev.arraybench.core.data;

/** Where an array's elements live: the question a foreign buffer raises is whether that matters. */
public enum Layout implements Labelled {
    /** A plain Java array on the garbage-collected heap. */
    HEAP("heap"),
    /** An off-heap {@link java.lang.foreign.MemorySegment}, the foreign-buffer case. */
    NATIVE("native");

    private final String label;

    Layout(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Finds the layout with the given label.
     *
     * @throws IllegalArgumentException naming the value and the accepted labels
     */
    public static Layout parse(String label) {
        return Labelled.parse(Layout.class, "layout", label);
    }

    @Override
    public String toString() {
        return label;
    }
}
