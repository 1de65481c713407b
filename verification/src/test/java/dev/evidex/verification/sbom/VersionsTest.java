package dev.evidex.verification.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionsTest {
    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "2.8.1, 2.14.1",
        "2.14.1, 2.17.1",
        "2.9, 2.10",
        "1.0-alpha, 1.0-beta",
        "1.0-beta2, 1.0-rc1",
        "1.0-rc1, 1.0",
        "1.0.0-rc.1, 1.0.0",
        "1.0-SNAPSHOT, 1.0",
        "1.0, 1.0-sp1",
        "1.0, 1.0.1",
        "v1.2.3, 1.2.4",
        "0.0.0-20210101-abcdef, 0.1.0",
    })
    void ordersLikeMavenAndSemver(String lower, String higher) {
        assertThat(Versions.compare(lower, higher)).isNegative();
        assertThat(Versions.compare(higher, lower)).isPositive();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"1.0, 1.0.0", "1.2.3+build.5, 1.2.3", "V2.0, 2.0", "1.0-ga, 1.0"})
    void equalVersions(String left, String right) {
        assertThat(Versions.compare(left, right)).isZero();
    }

    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "< 2.17.1 | 2.14.1 | true",
        "< 2.17.1 | 2.17.1 | false",
        ">=2.0, <2.17.1 | 2.8.1 | true",
        ">=2.0 <2.17.1 | 1.2.17 | false",
        "[2.0,2.17.1) | 2.17.0 | true",
        "[2.0,2.17.1) | 2.17.1 | false",
        "(,2.17.1] | 2.17.1 | true",
        "[1.2.3] | 1.2.3 | true",
        "=1.2.3 | 1.2.4 | false",
        "!=1.2.3 | 1.2.4 | true",
    })
    void ranges(String range, String version, boolean contained) {
        assertThat(VersionRange.parse(range).contains(version)).isEqualTo(contained);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'<'", "[1.0,2.0", "<< 1.0"})
    void unreadableRangesAreRejected(String range) {
        assertThatThrownBy(() -> VersionRange.parse(range)).isInstanceOf(IllegalArgumentException.class);
    }
}
