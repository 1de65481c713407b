package dev.evidex.querypack.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.querypack.engine.Cancellation;
import dev.evidex.querypack.testing.AuditScenario;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class IndexUpdateProgressTest {
    @TempDir
    Path store;

    private record Report(IndexStep step, double fraction) {}

    @Test
    void progressGoesThroughTheStepsInOrderAndNeverBack() throws Exception {
        AuditScenario.write(store);
        List<Report> reports = new CopyOnWriteArrayList<>();
        try (LocalIndex index = LocalIndex.open(store, LocalIndex.defaultFile(store))) {
            index.update((step, fraction) -> reports.add(new Report(step, fraction)), Cancellation.none());
        }
        assertThat(reports).first().isEqualTo(new Report(IndexStep.READING, 0));
        assertThat(reports).last().isEqualTo(new Report(IndexStep.DERIVING, 1));
        assertThat(reports).map(Report::step).containsSubsequence(IndexStep.READING, IndexStep.LOADING,
                IndexStep.DERIVING).isSortedAccordingTo(Enum::compareTo);
        assertThat(reports).map(Report::fraction).isSorted().allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0));
    }

    @Test
    void anUpToDateIndexReportsNothing() throws Exception {
        AuditScenario.write(store);
        List<Report> reports = new CopyOnWriteArrayList<>();
        try (LocalIndex index = LocalIndex.open(store, LocalIndex.defaultFile(store))) {
            index.update();
            IndexUpdate second = index.update((step, fraction) -> reports.add(new Report(step, fraction)),
                    Cancellation.none());
            assertThat(second.batchesAdded()).isZero();
        }
        assertThat(reports).isEmpty();
    }

    /** Cancelled when a step begins: nothing of the chunk is kept, and the next update indexes it all. */
    @ParameterizedTest
    @EnumSource(IndexStep.class)
    void aCancelledUpdateKeepsNothingOfItsChunk(IndexStep cancelAt) throws Exception {
        AuditScenario.write(store);
        long expected;
        try (LocalIndex reference = LocalIndex.open(store, store.resolve("reference.duckdb"))) {
            reference.update();
            expected = reference.recordCount();
        }
        try (LocalIndex index = LocalIndex.open(store, LocalIndex.defaultFile(store))) {
            Cancellation cancellation = new Cancellation();
            assertThatThrownBy(() -> index.update((step, fraction) -> {
                if (step == cancelAt) {
                    cancellation.cancel();
                }
            }, cancellation)).isInstanceOf(CancellationException.class).hasMessage("the index update was cancelled");

            assertThat(count(index, "evidence_records")).isZero();
            assertThat(count(index, "sbom_packages")).isZero();
            assertThat(count(index, "sbom_package_names")).isZero();
            assertThat(count(index, LocalIndex.BATCHES_TABLE)).isZero();

            IndexUpdate resumed = index.update();
            assertThat(resumed.recordsAdded()).isEqualTo(expected);
            assertThat(index.recordCount()).isEqualTo(expected);
        }
    }

    private static long count(LocalIndex index, String table) throws Exception {
        try (Statement statement = index.connection().createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
