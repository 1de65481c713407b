package dev.evidex.collector.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.ci.CiContext;
import dev.evidex.collector.record.Artifact;
import dev.evidex.collector.record.Records;
import dev.evidex.collector.record.Subject;
import dev.evidex.collector.spool.Spool;
import dev.evidex.collector.support.StoreContents;
import dev.evidex.collector.support.TestKeys;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.store.LocalStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceWriterTest {
    @TempDir
    Path directory;

    private static Submission submission(String what) {
        ObjectNode record = Records.ci("build", Instant.parse("2025-01-01T00:00:00Z"), CiContext.empty(), Subject.none());
        record.put("reason", what);
        return new Submission("acme.api", List.of(record),
                List.of(Artifact.of("raw", "text/plain", what.getBytes(StandardCharsets.UTF_8))), what);
    }

    @Test
    void aSubmissionSpooledByARunThatDiedIsSealedByTheNextRun() throws Exception {
        TestKeys keys = TestKeys.create(directory.resolve("keys"));
        LocalStore store = LocalStore.open(directory.resolve("store"));
        Spool spool = Spool.forStore(directory.resolve("spool"), store.objects().describe());
        spool.save(submission("from the run that died"), 1);
        EvidenceWriter writer = new EvidenceWriter(store.objects(), store.root().resolve(".staging"), spool,
                LocalSigner.load(keys.keyFile()), Clock.systemUTC());

        Outcome outcome = writer.write(submission("next run"));

        assertThat(outcome.batch()).isEqualTo(1);
        assertThat(StoreContents.records(store.root())).extracting(record -> record.path("reason").asText())
                .containsExactly("from the run that died", "next run");
        assertThat(spool.pending("acme.api")).isEmpty();
        assertThat(StoreContents.verify(store.root(), keys.trusted()).verified()).isTrue();
    }

    @Test
    void theSameInputsAreSealedOnce() throws Exception {
        TestKeys keys = TestKeys.create(directory.resolve("keys"));
        LocalStore store = LocalStore.open(directory.resolve("store"));
        Spool spool = Spool.forStore(directory.resolve("spool"), store.objects().describe());
        EvidenceWriter writer = new EvidenceWriter(store.objects(), store.root().resolve(".staging"), spool,
                LocalSigner.load(keys.keyFile()), Clock.systemUTC());

        Outcome first = writer.write(submission("same"));
        Outcome second = writer.write(submission("same"));

        assertThat(first.newlyRecorded()).isTrue();
        assertThat(second.newlyRecorded()).isFalse();
        assertThat(second.batch()).isEqualTo(first.batch());
        assertThat(StoreContents.records(store.root())).hasSize(1);
    }
}
