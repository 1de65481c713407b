package dev.evidex.app.inspect;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.app.inspect.LogReader.SealFile;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.seal.Seal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Finds a record by log and index and re-runs, now, every check that applies to it: batch digest,
 * record identity, inclusion under the signed root, seal chain and signature, artifact digests,
 * Cosign signatures, DSSE attestations and Sigstore bundles.
 * Read-only; blocking (run it in a background task).
 */
public final class RecordInspector {
    private final dev.evidex.verification.store.ObjectStore store;
    private final TrustedKeysSource trustedKeys;
    private final EvidenceTrust trust;

    /** Loads the trusted keys; a failure is reported as a failed signature check, not hidden. */
    @FunctionalInterface
    public interface TrustedKeysSource {
        TrustedKeys load() throws Exception;
    }

    /** Without a Sigstore root or Rekor key: checks that need them fail as "cannot verify". */
    public RecordInspector(dev.evidex.verification.store.ObjectStore store, TrustedKeysSource trustedKeys) {
        this(store, trustedKeys, EvidenceTrust.NONE);
    }

    public RecordInspector(dev.evidex.verification.store.ObjectStore store, TrustedKeysSource trustedKeys,
            EvidenceTrust trust) {
        this.store = requireNonNull(store, "store is null");
        this.trustedKeys = requireNonNull(trustedKeys, "trustedKeys is null");
        this.trust = requireNonNull(trust, "trust is null");
    }

    public Inspection inspect(RecordReference reference, BooleanSupplier cancelled)
            throws IOException, InspectionException {
        LogReader reader = new LogReader(store, reference.log());
        SealFile covering = reader.sealCovering(reference.index());
        Seal seal = covering.seal();
        byte[] batch = reader.batchObject(seal).orElseThrow(() -> new InspectionException(
                "batch object " + seal.batchObject() + " is missing"));
        List<byte[]> lines = BatchLines.split(batch);
        int position = Math.toIntExact(reference.index() - (seal.treeSize() - seal.recordCount()));
        if (position >= lines.size()) {
            throw new InspectionException(seal.batchObject() + " has " + lines.size() + " records; record "
                    + reference.index() + " should be line " + (position + 1));
        }
        byte[] line = lines.get(position);
        JsonNode record = Json.mapper().readTree(line);
        List<CheckResult> checks = new ArrayList<>();
        checks.add(SealChecks.batchDigest(seal, batch));
        checks.add(SealChecks.identity(record, reference, seal));
        checks.add(InclusionCheck.run(reader, covering, reference.index(), line, cancelled));
        checks.add(SealChecks.chain(reader, covering));
        SealChecks.SignatureResult signature = SealChecks.signature(trustedKeys, seal);
        checks.add(signature.check());
        ArtifactChecks.Result artifacts = ArtifactChecks.run(store, record, signature.keys(), trust);
        checks.addAll(artifacts.checks());
        return new Inspection(reference, record, sealAndKey(covering, signature.keyWindow()), summary(record),
                checks, artifacts.links(), artifacts.packages());
    }

    private static Map<String, String> sealAndKey(SealFile file, Optional<String> keyWindow) {
        Seal seal = file.seal();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Log", seal.log());
        values.put("Batch", Long.toString(seal.batch()));
        values.put("Batch object", seal.batchObject());
        values.put("Batch SHA-256", seal.batchSha256());
        values.put("Seal object", file.key());
        values.put("Seal SHA-256", Hashes.hex(Hashes.sha256(file.bytes())));
        values.put("Sealed at", seal.time().toString());
        values.put("Tree size", Long.toString(seal.treeSize()));
        values.put("Records in batch", Long.toString(seal.recordCount()));
        values.put("Signed root", seal.root());
        values.put("Previous seal", seal.previousSealSha256().orElse("none (first batch)"));
        values.put("Signing key", seal.keyId());
        values.put("Key validity", keyWindow.orElse("key not trusted: no window checked"));
        return values;
    }

    private static Map<String, String> summary(JsonNode record) {
        Map<String, String> values = new LinkedHashMap<>();
        record.fields().forEachRemaining(field -> {
            if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                values.put(field.getKey(), field.getValue().asText());
            }
        });
        return values;
    }
}
