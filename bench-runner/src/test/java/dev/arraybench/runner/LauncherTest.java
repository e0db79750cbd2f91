package dev.arraybench.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LauncherTest {

    @ParameterizedTest
    @CsvSource({"1.8, 8", "1.7, 7", "11, 11", "17, 17", "25, 25", "'', 0", "x, 0"})
    void readsTheFeatureReleaseOfEverySpecificationVersionScheme(String specification, int feature) {
        assertThat(Launcher.feature(specification)).isEqualTo(feature);
    }
}
