package dev.arraybench.scenarios.data;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * One array of {@code length} elements of a {@link DType} in a {@link Layout}, seen as a
 * {@link MemorySegment} so that every kernel is written once for both layouts. A {@code heap} array wraps a
 * Java array; a {@code native} one owns a shared arena that {@link #close()} frees at once, so a sweep over
 * large sizes does not wait for the garbage collector to give memory back.
 */
public final class ArrayData implements AutoCloseable {

    /** The largest length a heap array can have on common JVMs. */
    public static final long MAX_HEAP_LENGTH = Integer.MAX_VALUE - 8;

    private final DType type;
    private final Layout layout;
    private final long length;
    private final MemorySegment segment;
    private final Arena arena;
    private volatile boolean closed;

    private ArrayData(DType type, Layout layout, long length, MemorySegment segment, Arena arena) {
        this.type = type;
        this.layout = layout;
        this.length = length;
        this.segment = segment;
        this.arena = arena;
    }

    /**
     * Allocates a zeroed array.
     *
     * @throws IllegalArgumentException when {@code length} is negative or too large for the layout
     */
    public static ArrayData allocate(DType type, Layout layout, long length) {
        if (length < 0) {
            throw new IllegalArgumentException("size: " + length + " (expected >= 0)");
        }
        if (layout == Layout.HEAP) {
            if (length > MAX_HEAP_LENGTH) {
                throw new IllegalArgumentException(
                        "size: " + length + " (expected <= " + MAX_HEAP_LENGTH + " for a heap array)");
            }
            return new ArrayData(type, layout, length, type.newHeapArray((int) length), null);
        }
        Arena arena = Arena.ofShared();
        MemorySegment segment = arena.allocate(Math.multiplyExact(length, type.bytes()), 64);
        return new ArrayData(type, layout, length, segment, arena);
    }

    /** The element type. */
    public DType type() {
        return type;
    }

    /** Where the elements live. */
    public Layout layout() {
        return layout;
    }

    /** The number of elements. */
    public long length() {
        return length;
    }

    /** Size in bytes. */
    public long byteSize() {
        return length * type.bytes();
    }

    /** Whether {@link #close()} has not been called yet. */
    public boolean isOpen() {
        return !closed;
    }

    /**
     * The elements as a segment.
     *
     * @throws IllegalArgumentException when this array has been closed
     */
    public MemorySegment segment() {
        if (closed) {
            throw new IllegalArgumentException(
                    "buffer: closed " + layout.label() + " " + type.label() + " array of " + length
                            + " elements (expected an open buffer)");
        }
        return segment;
    }

    /** Copies every element of {@code source}, which must have the same type and length. */
    public void copyFrom(ArrayData source) {
        if (source.type != type || source.length != length) {
            throw new IllegalArgumentException("source: " + source + " (expected " + type.label() + " x "
                    + length + ")");
        }
        MemorySegment.copy(source.segment(), 0, segment(), 0, byteSize());
    }

    /** Frees native memory at once; a heap array is only marked closed. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (arena != null) {
            arena.close();
        }
    }

    @Override
    public String toString() {
        return layout.label() + " " + type.label() + " x " + length;
    }
}
