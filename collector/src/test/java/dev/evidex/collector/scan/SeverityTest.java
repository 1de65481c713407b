package dev.evidex.collector.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityTest {
    @ParameterizedTest
    @CsvSource({"INFO,LOW", "WARNING,MEDIUM", "ERROR,HIGH", "LOW,LOW", "MEDIUM,MEDIUM", "HIGH,HIGH",
        "CRITICAL,CRITICAL", "whatever,UNKNOWN"})
    void semgrepVocabularies(String semgrep, Severity expected) {
        assertThat(Severity.fromSemgrep(semgrep)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"9.8,CRITICAL", "9.0,CRITICAL", "7.5,HIGH", "5.3,MEDIUM", "3.1,LOW", "0.0,UNKNOWN"})
    void securitySeverityScoreBands(String score, Severity expected) {
        assertThat(Severity.fromScore(score)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"HIGH,HIGH,true", "CRITICAL,HIGH,true", "MEDIUM,HIGH,false", "UNKNOWN,LOW,false"})
    void thresholds(Severity severity, Severity threshold, boolean atLeast) {
        assertThat(severity.atLeast(threshold)).isEqualTo(atLeast);
    }
}
