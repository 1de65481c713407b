package dev.evidex.querypack.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.querypack.engine.Cancellation;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class WatchedStatementsTest {
    /** Hashing a few million values takes DuckDB long enough to be watched and stopped midway. */
    private static final String SLOW = "INSERT INTO hashed SELECT sha256(sha256(sha256(i::VARCHAR))) FROM numbers";
    /** Ten times as much: seconds even on a fast machine, so the cancel always lands while it runs. */
    private static final String SLOWER = "INSERT INTO hashed SELECT sha256(sha256(sha256((i * 10 + r)::VARCHAR)))"
            + " FROM numbers, range(10) t(r)";

    private Connection connection;

    @BeforeEach
    void numbers() throws Exception {
        connection = DuckDbConnections.open("");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET enable_progress_bar = true");
            statement.execute("SET enable_progress_bar_print = false");
            statement.execute("CREATE TABLE numbers AS SELECT range AS i FROM range(3000000)");
            statement.execute("CREATE TABLE hashed (h VARCHAR)");
        }
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void aCancelStopsTheStatementInsideDuckDb() throws Exception {
        Cancellation cancellation = new Cancellation();
        ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
        try (WatchedStatements statements = new WatchedStatements(cancellation)) {
            canceller.schedule(cancellation::cancel, 300, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            assertThatThrownBy(() -> statements.executeUpdate(connection, SLOWER, done -> { }))
                    .isInstanceOf(CancellationException.class).hasMessage("the index update was cancelled");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
        } finally {
            canceller.shutdownNow();
        }
        try (Statement statement = connection.createStatement()) {
            assertThat(statement.executeQuery("SELECT count(*) FROM hashed")).satisfies(rows -> {
                        rows.next();
                        assertThat(rows.getLong(1)).isZero();
                    });
        }
    }

    @Test
    void aLongStatementReportsDuckDbsProgress() throws Exception {
        List<Double> seen = new CopyOnWriteArrayList<>();
        try (WatchedStatements statements = new WatchedStatements(Cancellation.none())) {
            assertThat(statements.executeUpdate(connection, SLOW, seen::add)).isEqualTo(3_000_000);
        }
        assertThat(seen).isNotEmpty().allSatisfy(done -> assertThat(done).isBetween(0.0, 1.0));
    }

    @Test
    void aCancelBeforeTheStatementKeepsItFromRunning() throws Exception {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        try (WatchedStatements statements = new WatchedStatements(cancellation)) {
            assertThatThrownBy(() -> statements.executeUpdate(connection, "CREATE TABLE never AS SELECT 1", done -> { }))
                    .isInstanceOf(CancellationException.class);
        }
        try (Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM never")).hasMessageContaining("never");
        }
    }
}
