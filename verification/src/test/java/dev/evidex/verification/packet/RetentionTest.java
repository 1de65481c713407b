package dev.evidex.verification.packet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.verification.packet.evidence.EvidenceBundle;
import dev.evidex.verification.packet.evidence.EvidenceCollector;
import dev.evidex.verification.packet.evidence.RecordReference;
import dev.evidex.verification.packet.verify.PacketReport;
import dev.evidex.verification.packet.verify.PacketVerifier;
import dev.evidex.verification.store.ObjectStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which store objects a packet's evidence came from, and how their retention is shown. */
class RetentionTest {
    @TempDir
    Path directory;
    PacketFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new PacketFixture(directory);
    }

    @Test
    void theBundleNamesExactlyTheStoreObjectsItsBytesCameFrom() throws Exception {
        fixture.store.store.putKey(fixture.store.keyEntry);
        EvidenceBundle bundle = new EvidenceCollector(new EvidenceCollector.Options(fixture.store.trustedKeys(), 2, () -> false))
                .collect(fixture.store.store.objects(), fixture.rows);

        ObjectStore objects = fixture.store.store.objects();
        List<String> ciBatches = keys(objects, "records/", "ci.app-");
        List<String> expected = new ArrayList<>();
        // ci.app rows 1, 4 and 6 lie in its batches 0, 1 and 2 (4, 1 and 3 records); batch 3 holds none of them.
        expected.addAll(ciBatches.subList(0, 3));
        expected.addAll(keys(objects, "records/", "cluster.prod-"));
        expected.add(last(keys(objects, "seals/ci.app/", "")));
        expected.add(last(keys(objects, "seals/cluster.prod/", "")));
        expected.addAll(keys(objects, "keys/", ""));
        expected.addAll(keys(objects, "artifacts/sha256/", ""));

        assertThat(ciBatches).hasSize(4);
        assertThat(bundle.storeKeys()).containsExactlyInAnyOrderElementsOf(expected).isSorted();
        assertThat(bundle.storeKeys()).anyMatch(key -> key.startsWith("keys/")).anyMatch(key -> key.startsWith("artifacts/"));
    }

    @Test
    void theVerifierShowsObjectsWithoutALockByName() throws Exception {
        byte[] retention = RetentionStatement.s3("s3://evidence/prod", Instant.parse("2026-04-01T12:00:00Z"), List.of(
                new RetentionStatement.ObjectRetention("seals/ci.app/000000000003.json", Optional.of("COMPLIANCE"),
                        Optional.of(Instant.parse("2033-01-01T00:00:00Z"))),
                new RetentionStatement.ObjectRetention("keys/ab.json", Optional.empty(), Optional.empty())));
        PacketContents local = fixture.contents(List.of(fixture.query("audit-records", Optional.empty())));
        PacketContents contents = new PacketContents(local.created(), local.principal(), local.principalSource(),
                local.toolVersion(), local.assessment(), local.queries(), local.evidence(), local.declaredControls(), retention);
        WrittenPacket packet = new PacketWriter(fixture.exporterSigner, ReportRenderer.NONE).write(contents,
                directory.resolve("s3.zip"));

        PacketReport report = new PacketVerifier(PacketVerifier.Options.trustingThePacket()).verify(packet.path());

        assertThat(report.verified()).isTrue();
        assertThat(report.toText()).contains("note: retention: 2 exported objects of s3://evidence/prod read 2026-04-01T12:00:00Z: "
                + "1 under Object Lock COMPLIANCE; 1 WITHOUT an Object Lock (keys/ab.json); earliest retain-until 2033-01-01T00:00:00Z");
    }

    private static List<String> keys(ObjectStore objects, String prefix, String namePrefix) throws Exception {
        return objects.list(prefix).stream().map(ObjectStore.Entry::key)
                .filter(key -> key.substring(key.lastIndexOf('/') + 1).startsWith(namePrefix)).toList();
    }

    private static String last(List<String> keys) {
        return keys.get(keys.size() - 1);
    }
}
