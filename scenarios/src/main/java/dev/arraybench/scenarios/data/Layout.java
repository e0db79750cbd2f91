package dev.arraybench.scenarios.data;

/** Where an array's elements live: the question a foreign buffer raises is whether that matters. */
public enum Layout implements Labelled {
    /** A plain Java array on the garbage-collected heap. */
    HEAP("a Java array on the garbage-collected heap"),
    /** An off-heap {@link java.lang.foreign.MemorySegment}, the foreign-buffer case. */
    NATIVE("an off-heap MemorySegment, the foreign-buffer case (freed at once)");

    private final String description;

    Layout(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
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
        return label();
    }
}
