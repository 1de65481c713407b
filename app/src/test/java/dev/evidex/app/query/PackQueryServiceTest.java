package dev.evidex.app.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.app.store.EvidenceStore;
import dev.evidex.app.store.StoreKind;
import dev.evidex.app.testing.DemoStores;
import dev.evidex.querypack.duckdb.IndexProgress;
import dev.evidex.querypack.engine.Cancellation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser's query service on the real query pack, DuckDB and a store written by the demo generator. */
class PackQueryServiceTest {
    @TempDir
    Path temp;

    private final Path store = DemoStores.shared();
    private QueryService service;

    @BeforeEach
    void open() throws Exception {
        service = new PackQueryServices(temp.resolve("index"), DemoStores.CLOCK)
                .open(new EvidenceStore("demo", StoreKind.DEMO, store, Optional.of(DemoStores.trustedKeys(store))),
                        IndexProgress.NONE, Cancellation.none());
    }

    @AfterEach
    void close() {
        service.close();
    }

    private QuerySpec query(String id) {
        return service.queries().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void offersTheWholePackWithItsControlsParametersAndDuckDbSql() {
        assertThat(service.queries()).hasSize(10);
        QuerySpec rejected = query("rejected-admissions");
        assertThat(rejected.hitrustControls()).isNotEmpty();
        assertThat(rejected.parameters()).extracting(ParameterSpec::name).contains("from", "to", "cluster");
        assertThat(rejected.parameters()).filteredOn(p -> p.name().equals("from")).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ParameterKind.DATE));
        assertThat(rejected.columns()).extracting(ColumnSpec::name).startsWith("time", "cluster").endsWith("log", "index");
        assertThat(rejected.sql()).contains("\"decision\" = 'denied'", "CAST(\"time\" AS TIMESTAMP)");
    }

    @Test
    void streamsTheDeniedAdmissionsOfTheDefaultPeriodAndReportsTheRun() throws Exception {
        List<ResultRow> rows = new ArrayList<>();
        QueryOutcome outcome = service.run(query("rejected-admissions"), Map.of("from", "today-90d", "cluster", ""),
                rows::add, () -> false);

        assertThat(rows).isNotEmpty();
        assertThat(outcome.rows()).isEqualTo(rows.size());
        assertThat(outcome.engine()).isEqualTo("duckdb");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.value(0)).isBetween("2025-04-01", "2025-06-30");
            assertThat(row.value(1)).isIn("prod-us-east-1", "prod-us-west-2", "staging-us-east-1");
            assertThat(row.value(8)).isNotBlank();
            assertThat(row.value(13)).startsWith("cluster.");
        });
    }

    @Test
    void keyEventsShowEachLogsSealKeyRotation() throws Exception {
        List<ResultRow> rows = new ArrayList<>();
        service.run(query("seal-key-rotation"), Map.of(), rows::add, () -> false);

        assertThat(rows).extracting(row -> row.value(0)).contains("cluster.prod-us-east-1");
        assertThat(rows).filteredOn(row -> row.value(0).equals("cluster.prod-us-east-1")).hasSize(2)
                .first().satisfies(first -> assertThat(first.value(7)).startsWith("sha256:"));
    }

    @Test
    void parameterMistakesAreReportedInWords() {
        assertThatThrownBy(() -> service.run(query("image-provenance"), Map.of("digest", " "), row -> { }, () -> false))
                .isInstanceOf(QueryFailure.class).hasMessageContaining("missing required parameter 'digest'");
        assertThatThrownBy(() -> service.run(query("rejected-admissions"), Map.of("from", "last tuesday"), row -> { },
                () -> false)).isInstanceOf(QueryFailure.class).hasMessageContaining("parameter 'from' expects a date");
    }

    @Test
    void aCancelledRunStopsTheEngine() {
        assertThatThrownBy(() -> service.run(query("evidence-coverage"), Map.of(), row -> { }, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void theIndexIsKeptOutsideTheStore() {
        assertThat(store.resolve("index")).doesNotExist();
        assertThat(temp.resolve("index")).isNotEmptyDirectory();
    }
}
