package dev.evidex.querypack.duckdb;

import static dev.evidex.querypack.testing.Records.record;
import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.querypack.engine.Cancellation;
import dev.evidex.querypack.engine.QueryEngine;
import dev.evidex.querypack.pack.QueryPack;
import dev.evidex.querypack.parameters.ParameterBinder;
import dev.evidex.querypack.testing.CollectingSink;
import dev.evidex.querypack.testing.FixedClock;
import dev.evidex.querypack.testing.TestStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Query 2 compares package names of consecutive deployments through a fingerprint of each digest's
 * names before looking at single packages: a version-only change, a removal, an added package and a
 * package without a name must all come out as a package-by-package comparison would say.
 */
final class NewDependenciesTest {
    @TempDir
    Path store;

    @ParameterizedTest
    @ValueSource(strings = {"index", "files"})
    void onlyPackagesWhoseNamesThePreviousDeploymentLackedAreNew(String engineName) throws Exception {
        TestStore writer = new TestStore(store);
        deploy(writer, "2024-03-01", "d1", List.of(pkg("a", "1.0"), pkg("b", "1.0")));
        deploy(writer, "2024-03-02", "d2", List.of(pkg("a", "1.1"), pkg("b", "1.1")));
        deploy(writer, "2024-03-03", "d3", List.of(pkg("a", "1.1"), pkg("b", "1.1"), pkg("c", "2.0")));
        deploy(writer, "2024-03-04", "d4", List.of(pkg("a", "1.1"), pkg("c", "2.0")));
        deploy(writer, "2024-03-05", "d5", List.of(pkg("a", "1.1"), pkg("c", "2.0"), pkg(null, "9.9")));
        try (QueryEngine engine = engine(engineName)) {
            CollectingSink result = new CollectingSink();
            engine.execute(new ParameterBinder(FixedClock.endOfMarch2024()).bind(
                    QueryPack.builtIn().find("new-dependencies-by-deployment").orElseThrow(),
                    Map.of("from", "2024-03-01", "to", "2024-03-31")), result, Cancellation.none());
            assertThat(result.rows()).extracting(r -> r.subList(3, 7)).containsExactly(
                    Arrays.asList("d3", "d2", "c", "2.0"),
                    Arrays.asList("d5", "d4", null, "9.9"));
        }
    }

    private QueryEngine engine(String name) throws Exception {
        if (name.equals("files")) {
            return DuckDbEngine.overFiles(store);
        }
        LocalIndex index = LocalIndex.open(store, LocalIndex.defaultFile(store));
        index.update();
        return DuckDbEngine.overIndex(index);
    }

    private static void deploy(TestStore writer, String day, String digest, List<Map<String, Object>> packages) {
        List<Map<String, Object>> records = new ArrayList<>();
        records.add(record("sbom", day + "T09:00:00Z", "service", "svc", "digest", digest, "packages", packages));
        records.add(record("deploy", day + "T10:00:00Z", "service", "svc", "digest", digest,
                "environment", "production"));
        writer.writeBatch("ci-svc", records);
    }

    private static Map<String, Object> pkg(String name, String version) {
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("name", name);
        pkg.put("version", version);
        return pkg;
    }
}
