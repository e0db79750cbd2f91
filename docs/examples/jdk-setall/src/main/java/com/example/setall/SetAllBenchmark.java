package com.example.setall;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Fills an array from its index with the JDK's sequential and parallel forms of the same call. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class SetAllBenchmark {

    /** Elements. */
    @Param({"1000", "10000", "100000", "1000000", "10000000"})
    public int n;

    private long[] values;
    private long seed;

    @Setup
    public void setUp() {
        values = new long[n];
        seed = System.nanoTime() | 1;
    }

    @Benchmark
    public long[] setAll() {
        long k = seed;
        Arrays.setAll(values, i -> i * k ^ (i >>> 3));
        return values;
    }

    @Benchmark
    public long[] parallelSetAll() {
        long k = seed;
        Arrays.parallelSetAll(values, i -> i * k ^ (i >>> 3));
        return values;
    }
}
