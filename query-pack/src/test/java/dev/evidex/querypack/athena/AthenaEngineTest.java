package dev.evidex.querypack.athena;

import static dev.evidex.querypack.testing.AuditScenario.P2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.querypack.duckdb.DuckDbEngine;
import dev.evidex.querypack.duckdb.LocalIndex;
import dev.evidex.querypack.engine.Cancellation;
import dev.evidex.querypack.engine.FailureKind;
import dev.evidex.querypack.engine.QueryExecutionException;
import dev.evidex.querypack.engine.QueryRunner;
import dev.evidex.querypack.pack.BindReference;
import dev.evidex.querypack.pack.ControlMapping;
import dev.evidex.querypack.pack.QueryDefinition;
import dev.evidex.querypack.pack.QueryPack;
import dev.evidex.querypack.pack.ResultColumn;
import dev.evidex.querypack.pack.ResultType;
import dev.evidex.querypack.parameters.BoundQuery;
import dev.evidex.querypack.parameters.ParameterBinder;
import dev.evidex.querypack.receipt.QueryReceipt;
import dev.evidex.querypack.testing.AuditScenario;
import dev.evidex.querypack.testing.CollectingSink;
import dev.evidex.querypack.testing.FixedClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** The real AWS SDK Athena client against a local server speaking the Athena JSON protocol. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class AthenaEngineTest {
    private static final Map<String, String> MARCH = Map.of("from", "2024-03-01", "to", "2024-03-31");

    @TempDir
    static Path store;

    private FakeAthenaServer server;
    private DuckDbEngine duckDb;
    private AthenaEngine athena;

    @BeforeAll
    void start() throws Exception {
        AuditScenario.write(store);
        server = FakeAthenaServer.start(store);
        LocalIndex index = LocalIndex.open(store, LocalIndex.defaultFile(store));
        index.update();
        duckDb = DuckDbEngine.overIndex(index);
    }

    @BeforeEach
    void client() {
        server.setPolls(1, 1);
        server.holdRunning(false);
        athena = engine(settings());
    }

    @AfterEach
    void closeClient() {
        athena.close();
    }

    @AfterAll
    void stop() {
        server.close();
        duckDb.close();
    }

    private AthenaSettings settings() {
        return AthenaSettings.of(Optional.of("evidex"), "evidex", Optional.of("s3://results/evidex/"))
                .withPolling(Duration.ofMillis(5), Duration.ofMillis(20));
    }

    private AthenaEngine engine(AthenaSettings settings) {
        return new AthenaEngine(AthenaClients.create(Region.EU_WEST_1,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")),
                Optional.of(server.endpoint())), settings);
    }

    static Stream<String> queryIds() {
        return QueryPack.builtIn().queries().stream().map(QueryDefinition::id);
    }

    @ParameterizedTest
    @MethodSource("queryIds")
    void everyQueryGivesTheSameAnswerAsTheLocalIndex(String id) throws Exception {
        BoundQuery query = bind(id, id.equals("image-provenance") ? Map.of("digest", P2)
                : id.equals("evidence-coverage") ? Map.of("from", "2024-03-01", "to", "2024-03-12")
                : id.startsWith("component") || id.startsWith("seal") ? Map.of() : MARCH);
        CollectingSink fromAthena = new CollectingSink();
        CollectingSink fromIndex = new CollectingSink();
        QueryReceipt athenaReceipt = new QueryRunner(QueryPack.builtIn(), athena).run(query, fromAthena,
                Cancellation.none());
        QueryReceipt indexReceipt = new QueryRunner(QueryPack.builtIn(), duckDb).run(query, fromIndex,
                Cancellation.none());
        assertThat(fromAthena.rows()).isNotEmpty().isEqualTo(fromIndex.rows());
        assertThat(athenaReceipt.resultSha256()).isEqualTo(indexReceipt.resultSha256());
        assertThat(athenaReceipt.rowCount()).isEqualTo(fromIndex.rows().size());
        assertThat(athenaReceipt.engine()).isEqualTo("athena");
        assertThat(athenaReceipt.dataScannedBytes()).hasValueSatisfying(b -> assertThat(b).isPositive());
        assertThat(athenaReceipt.engineTimeMillis()).isPresent();
    }

    @Test
    void pollsThroughQueuedAndRunningWithTheExecutionParameters() throws Exception {
        server.setPolls(3, 4);
        int before = server.requests("GetQueryExecution");
        CollectingSink sink = new CollectingSink();
        athena.execute(bind("rejected-admissions", MARCH), sink, Cancellation.none());
        assertThat(server.requests("GetQueryExecution") - before).isEqualTo(8);
        assertThat(sink.rows()).hasSize(4);
        var start = server.startRequests().get(server.startRequests().size() - 1);
        assertThat(start.path("WorkGroup").asText()).isEqualTo("evidex");
        assertThat(start.path("QueryExecutionContext").path("Database").asText()).isEqualTo("evidex");
        assertThat(start.path("ResultConfiguration").path("OutputLocation").asText()).isEqualTo("s3://results/evidex/");
        assertThat(start.path("ExecutionParameters")).hasSize(7);
    }

    @Test
    void pagesAreFollowedByNextTokenAndTheHeaderRowIsSkipped() throws Exception {
        AthenaEngine paged = engine(settings().withPageSize(2));
        int before = server.requests("GetQueryResults");
        CollectingSink sink = new CollectingSink();
        paged.execute(bind("rejected-admissions", MARCH), sink, Cancellation.none());
        paged.close();
        assertThat(server.requests("GetQueryResults") - before).isEqualTo(3);
        assertThat(sink.column("audit_id")).containsExactly("a-2", "a-6", "a-s2", "a-8");
    }

    @Test
    void aQuotedValueStaysOneStringLiteral() throws Exception {
        CollectingSink sink = new CollectingSink();
        athena.execute(bind("rejected-admissions", Map.of("from", "2024-03-01", "to", "2024-03-31",
                "cluster", "x' OR '1'='1")), sink, Cancellation.none());
        assertThat(sink.rows()).isEmpty();
        var start = server.startRequests().get(server.startRequests().size() - 1);
        assertThat(start.path("ExecutionParameters").get(3).asText()).isEqualTo("'x'' OR ''1''=''1'");
    }

    @Test
    void accessDeniedIsReportedAsSuch() {
        server.denyWorkgroup("locked");
        AthenaEngine locked = engine(AthenaSettings.of(Optional.of("locked"), "evidex", Optional.empty()));
        assertThatThrownBy(() -> locked.execute(bind("seal-key-rotation", Map.of()), new CollectingSink(),
                Cancellation.none()))
                .isInstanceOfSatisfying(QueryExecutionException.class,
                        e -> assertThat(e.kind()).isEqualTo(FailureKind.ACCESS_DENIED))
                .hasMessageContaining("AccessDeniedException")
                .hasMessageContaining("not authorized to perform: athena:StartQueryExecution");
        locked.close();
    }

    @Test
    void aMissingTableFailsWithTheTableNamed() {
        assertThatThrownBy(() -> athena.execute(adHoc("SELECT x FROM missing_records"), new CollectingSink(),
                Cancellation.none()))
                .isInstanceOfSatisfying(QueryExecutionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.TABLE_NOT_FOUND);
                    assertThat(e.executionId()).isPresent();
                })
                .hasMessageContaining("Table 'awsdatacatalog.evidex.missing_records' does not exist");
    }

    @Test
    void aSyntaxErrorFailsWithItsPosition() {
        assertThatThrownBy(() -> athena.execute(adHoc("SELECT x FORM evidence_records"), new CollectingSink(),
                Cancellation.none()))
                .isInstanceOfSatisfying(QueryExecutionException.class,
                        e -> assertThat(e.kind()).isEqualTo(FailureKind.SYNTAX_ERROR))
                .hasMessageContaining("SYNTAX_ERROR: line 1:");
    }

    @Test
    void cancellingStopsTheQueryExecution() throws Exception {
        server.holdRunning(true);
        Cancellation cancellation = new Cancellation();
        int stopsBefore = server.requests("StopQueryExecution");
        int pollsBefore = server.requests("GetQueryExecution");
        BoundQuery query = bind("seal-key-rotation", Map.of());
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
            try {
                athena.execute(query, new CollectingSink(), cancellation);
            } catch (QueryExecutionException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        while (server.requests("GetQueryExecution") < pollsBefore + 3) {
            Thread.sleep(5);
        }
        assertThat(running).isNotDone();
        cancellation.cancel();
        assertThatThrownBy(() -> running.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(QueryExecutionException.class)
                .cause().satisfies(e -> assertThat(((QueryExecutionException) e).kind())
                        .isEqualTo(FailureKind.CANCELLED));
        assertThat(server.requests("StopQueryExecution") - stopsBefore).isEqualTo(1);
    }

    @Test
    void anInterruptedCallerStopsTheQueryExecution() throws Exception {
        server.holdRunning(true);
        int stopsBefore = server.requests("StopQueryExecution");
        int pollsBefore = server.requests("GetQueryExecution");
        BoundQuery query = bind("seal-key-rotation", Map.of());
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                athena.execute(query, new CollectingSink(), Cancellation.none());
            } catch (QueryExecutionException | RuntimeException e) {
                failure.set(e);
            }
        });
        caller.start();
        while (server.requests("GetQueryExecution") < pollsBefore + 2) {
            Thread.sleep(5);
        }
        caller.interrupt();
        caller.join(10_000);

        assertThat(caller.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOfSatisfying(QueryExecutionException.class,
                e -> assertThat(e.kind()).isEqualTo(FailureKind.CANCELLED));
        assertThat(server.requests("StopQueryExecution") - stopsBefore).isEqualTo(1);
    }

    private static BoundQuery bind(String id, Map<String, String> parameters) throws Exception {
        return new ParameterBinder(FixedClock.endOfMarch2024())
                .bind(QueryPack.builtIn().find(id).orElseThrow(), parameters);
    }

    private static BoundQuery adHoc(String sql) throws Exception {
        QueryDefinition query = new QueryDefinition("ad-hoc", "ad hoc", "what?", new ControlMapping(List.of("x"),
                List.of("y")), List.of(), List.<BindReference>of(),
                List.of(new ResultColumn("x", ResultType.VARCHAR, "x")), sql, Optional.empty());
        return new ParameterBinder(FixedClock.endOfMarch2024()).bind(query, Map.of());
    }
}
