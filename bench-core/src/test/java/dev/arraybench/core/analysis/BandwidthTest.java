package dev.arraybench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BandwidthTest {

    @Test
    void shouldDivideUsefulBytesByTimeAndReadItAgainstTheMatchingCeiling() {
        // scale int32 moves 8 useful bytes per element: 1M elements in 1 ms is 8 GB/s
        Analysis analysis = new Synthetic()
                .kernel("sequential", 1, "1M", 1e6, 1e6)
                .kernel("zero-copy-parallel", 2, "1M", 5e5, 5e5)
                .ceiling(16, 20, 2)
                .analysis();
        Bandwidth one = analysis.bandwidths().get(0);
        Bandwidth two = analysis.bandwidths().get(1);
        assertThat(one.gbPerSecond()).isCloseTo(8, within(1e-9));
        assertThat(one.ceilingGbPerSecond()).isEqualTo(16);
        assertThat(one.fractionOfCeiling()).isCloseTo(0.5, within(1e-9));
        assertThat(two.gbPerSecond()).isCloseTo(16, within(1e-9));
        assertThat(two.ceilingGbPerSecond()).isEqualTo(20);
        assertThat(two.fractionOfCeiling()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void shouldLeaveTheFractionUnknownWithoutACeilingAndTheBandwidthUnknownForAnUnknownOp() {
        Analysis analysis = new Synthetic()
                .kernel("sequential", 1, "1M", 1e6, 1e6)
                .kernel("mystery", "sequential", 1, "1M", "ns/op", List.of(Synthetic.box(1e6)))
                .analysis();
        assertThat(analysis.bandwidths()).extracting(Bandwidth::fractionOfCeiling).allMatch(value -> Double.isNaN(value));
        assertThat(analysis.bandwidths()).filteredOn(b -> b.point().kase().values().getFirst().equals("mystery"))
                .extracting(Bandwidth::gbPerSecond).allMatch(value -> Double.isNaN(value));
    }
}
