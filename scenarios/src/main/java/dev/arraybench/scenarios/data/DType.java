package dev.arraybench.scenarios.data;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The element types an array can hold. Each knows its width and how to read or write one element of a
 * segment as a {@code long} or {@code double}; those slow accessors are for set-up and checks, never for
 * the timed kernels.
 */
public enum DType implements Labelled {
    /** 32-bit two's-complement integers, Java's {@code int}. */
    INT32(ValueLayout.JAVA_INT, "32-bit integers (Java int), wrap-around arithmetic"),
    /** 64-bit two's-complement integers, Java's {@code long}. */
    INT64(ValueLayout.JAVA_LONG, "64-bit integers (Java long), wrap-around arithmetic"),
    /** IEEE 754 single precision, Java's {@code float}. */
    FLOAT32(ValueLayout.JAVA_FLOAT, "IEEE 754 single precision (Java float)"),
    /** IEEE 754 double precision, Java's {@code double}. */
    FLOAT64(ValueLayout.JAVA_DOUBLE, "IEEE 754 double precision (Java double)");

    private final ValueLayout layout;
    private final String description;

    DType(ValueLayout layout, String description) {
        this.layout = layout;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    /** Bytes per element. */
    public int bytes() {
        return (int) layout.byteSize();
    }

    /** Whether this is an integer type (exact, wrap-around arithmetic). */
    public boolean integral() {
        return switch (this) {
            case INT32, INT64 -> true;
            case FLOAT32, FLOAT64 -> false;
        };
    }

    /** Reads element {@code index} widened to a {@code double}. */
    public double getAsDouble(MemorySegment segment, long index) {
        return switch (this) {
            case INT32 -> segment.getAtIndex(ValueLayout.JAVA_INT, index);
            case INT64 -> segment.getAtIndex(ValueLayout.JAVA_LONG, index);
            case FLOAT32 -> segment.getAtIndex(ValueLayout.JAVA_FLOAT, index);
            case FLOAT64 -> segment.getAtIndex(ValueLayout.JAVA_DOUBLE, index);
        };
    }

    /** Reads element {@code index} of an integer type as a {@code long}. */
    public long getAsLong(MemorySegment segment, long index) {
        return switch (this) {
            case INT32 -> segment.getAtIndex(ValueLayout.JAVA_INT, index);
            case INT64 -> segment.getAtIndex(ValueLayout.JAVA_LONG, index);
            case FLOAT32, FLOAT64 -> (long) getAsDouble(segment, index);
        };
    }

    /** Writes {@code value} narrowed to this type (integers wrap, floats round) at {@code index}. */
    public void setLong(MemorySegment segment, long index, long value) {
        switch (this) {
            case INT32 -> segment.setAtIndex(ValueLayout.JAVA_INT, index, (int) value);
            case INT64 -> segment.setAtIndex(ValueLayout.JAVA_LONG, index, value);
            case FLOAT32 -> segment.setAtIndex(ValueLayout.JAVA_FLOAT, index, value);
            case FLOAT64 -> segment.setAtIndex(ValueLayout.JAVA_DOUBLE, index, value);
        }
    }

    /** Writes {@code value} narrowed to this type at {@code index}; integers take its truncated value. */
    public void setDouble(MemorySegment segment, long index, double value) {
        switch (this) {
            case INT32 -> segment.setAtIndex(ValueLayout.JAVA_INT, index, (int) value);
            case INT64 -> segment.setAtIndex(ValueLayout.JAVA_LONG, index, (long) value);
            case FLOAT32 -> segment.setAtIndex(ValueLayout.JAVA_FLOAT, index, (float) value);
            case FLOAT64 -> segment.setAtIndex(ValueLayout.JAVA_DOUBLE, index, value);
        }
    }

    /**
     * {@code value} narrowed to this integer type as Java narrows it ({@code int32} keeps the low 32 bits
     * and wraps), for plain reference code that computes in {@code long}.
     */
    public long narrow(long value) {
        return this == INT32 ? (int) value : value;
    }

    /**
     * {@code value} rounded to this float type ({@code float32} rounds to the nearest {@code float}), for
     * plain reference code that computes in {@code double}: rounding after every {@code +}, {@code *},
     * {@code min} or {@code max} gives exactly the {@code float} result of that operation.
     */
    public double round(double value) {
        return this == FLOAT32 ? (float) value : value;
    }

    /** Allocates a zeroed Java array of this type and wraps it as a heap segment. */
    public MemorySegment newHeapArray(int length) {
        return switch (this) {
            case INT32 -> MemorySegment.ofArray(new int[length]);
            case INT64 -> MemorySegment.ofArray(new long[length]);
            case FLOAT32 -> MemorySegment.ofArray(new float[length]);
            case FLOAT64 -> MemorySegment.ofArray(new double[length]);
        };
    }

    /**
     * Finds the dtype with the given label.
     *
     * @throws IllegalArgumentException naming the value and the accepted labels
     */
    public static DType parse(String label) {
        return Labelled.parse(DType.class, "dtype", label);
    }

    @Override
    public String toString() {
        return label();
    }
}
