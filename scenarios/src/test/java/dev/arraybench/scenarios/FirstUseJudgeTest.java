package dev.arraybench.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.thresholds.Crossing;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstUseJudgeTest {

    private static final List<String> SAVED = List.of(
            "try 1 of 2:",
            "  calibration of scale-int32: parallel from 82,647 elements (4 rounds in 572.0 ms; odd and even rounds"
                + " agree: 83,694, 86,136, 0.0% slower at worst by one's answer on the other's times)",
            "  calibration of sum-int32 gave up: 9 rounds in 995.9 ms, 2 more dropped as the JIT compiled during"
                + " them, the odd and even rounds still disagree (3,549 against 7,744, ...); staying sequential",
            "try 2 of 2:",
            "  calibration of scale-int32: parallel never (4 rounds in 148.3 ms; odd and even rounds agree: never,"
                + " never, 0.0% slower at worst by one's answer on the other's times)",
            "started in 120.0 ms; thresholds from calibration: sum parallel never, scale parallel from 82,647");

    @Test
    void shouldReadEveryCalibrationFromItsMessage() {
        List<Crossing> crossings = FirstUseJudge.parse(SAVED);
        assertThat(crossings).extracting(Crossing::kernel).containsExactly("scale-int32", "sum-int32", "scale-int32");
        assertThat(crossings).extracting(Crossing::parallelFrom)
                .containsExactly(82_647L, Long.MAX_VALUE, Long.MAX_VALUE);
        assertThat(crossings).extracting(Crossing::stable).containsExactly(true, false, true);
        assertThat(crossings).extracting(Crossing::rounds).containsExactly(4, 9, 4);
        assertThat(crossings.get(1).elapsedNanos()).isEqualTo(995_900_000L);
    }

    @Test
    void shouldCountWhatEachKernelsCalibrationsFound() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new FirstUseJudge("spin", null, null).summarize(FirstUseJudge.parse(SAVED),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(System.lineSeparator(),
                "scale-int32: a crossing in 1 of 2 (82,647..82,647), never in 1, gave up in 0; time 148.3..572.0 ms, median 360.2 ms",
                "sum-int32: a crossing in 0 of 1, never in 0, gave up in 1; time 995.9..995.9 ms, median 995.9 ms", ""));
    }
}
