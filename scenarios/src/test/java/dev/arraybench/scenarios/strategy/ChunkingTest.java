package dev.arraybench.scenarios.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChunkingTest {

    @ParameterizedTest(name = "n={0} threads={1} -> {2} chunks")
    @CsvSource({
        "0, 4, 1", "1, 4, 1", "4095, 2, 1", "4096, 2, 1", "8191, 2, 1", "8192, 2, 2",
        "1000000, 2, 2", "1000000, 3, 3", "1000000, 1, 1", "12288, 8, 3", "64000000, 1024, 1024"
    })
    void shouldUseOneChunkPerThreadButNoneBelowTheGrain(long n, int threads, int expected) {
        assertThat(Chunking.chunks(n, threads)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "n={0} threads={1}")
    @CsvSource({"8192, 2", "8193, 2", "12289, 3", "1000003, 2", "1000003, 3", "64000000, 7", "99999, 24"})
    void shouldCoverTheArrayWithBalancedAlignedDisjointChunks(long n, int threads) {
        int chunks = Chunking.chunks(n, threads);
        assertThat(Chunking.start(0, chunks, n)).isZero();
        assertThat(Chunking.start(chunks, chunks, n)).isEqualTo(n);
        long smallest = Long.MAX_VALUE;
        long largest = 0;
        for (int chunk = 0; chunk < chunks; chunk++) {
            long from = Chunking.start(chunk, chunks, n);
            long to = Chunking.start(chunk + 1, chunks, n);
            assertThat(from % Chunking.ALIGNMENT).isZero();
            smallest = Math.min(smallest, to - from);
            largest = Math.max(largest, to - from);
        }
        assertThat(smallest).isGreaterThanOrEqualTo(Chunking.GRAIN - Chunking.ALIGNMENT);
        assertThat(largest - smallest).isLessThanOrEqualTo(2 * Chunking.ALIGNMENT);
    }
}
