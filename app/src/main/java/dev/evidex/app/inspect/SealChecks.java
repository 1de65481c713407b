package dev.evidex.app.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.app.inspect.LogReader.SealFile;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.seal.Seal;
import dev.evidex.verification.seal.SealException;
import dev.evidex.verification.seal.SealVerifier;
import java.io.IOException;
import java.util.Optional;

/** The checks about a record's batch and seal. */
final class SealChecks {
    static final String BATCH_DIGEST = "Batch object matches the seal's digest";
    static final String IDENTITY = "Record carries its log, batch and index";
    static final String CHAIN = "Seal names the previous seal's digest";
    static final String SIGNATURE = "Seal signature under a trusted key";

    private SealChecks() {}

    record SignatureResult(CheckResult check, Optional<String> keyWindow, Optional<TrustedKeys> keys) {}

    static CheckResult batchDigest(Seal seal, byte[] batch) {
        String actual = Hashes.hex(Hashes.sha256(batch));
        return actual.equals(seal.batchSha256())
                ? CheckResult.passed(BATCH_DIGEST, "SHA-256 " + actual.substring(0, 16) + "… of " + seal.batchObject())
                : CheckResult.failed(BATCH_DIGEST, seal.batchObject() + " hashes to " + actual + " but seal "
                        + seal.batch() + " says " + seal.batchSha256());
    }

    static CheckResult identity(JsonNode record, RecordReference reference, Seal seal) {
        boolean matches = reference.log().equals(record.path("log").asText())
                && record.path("index").asLong(-1) == reference.index()
                && record.path("batch").asLong(-1) == seal.batch();
        return matches ? CheckResult.passed(IDENTITY, "log " + reference.log() + ", batch " + seal.batch() + ", index "
                + reference.index())
                : CheckResult.failed(IDENTITY, "the line says log " + record.path("log").asText() + ", batch "
                        + record.path("batch").asText() + ", index " + record.path("index").asText());
    }

    static CheckResult chain(LogReader reader, SealFile covering) throws IOException, InspectionException {
        Seal seal = covering.seal();
        if (seal.batch() == 0) {
            return seal.previousSealSha256().isEmpty() ? CheckResult.passed(CHAIN, "first batch: no previous seal")
                    : CheckResult.failed(CHAIN, "batch 0 names a previous seal");
        }
        Optional<SealFile> previous = reader.seal(seal.batch() - 1);
        if (previous.isEmpty()) {
            return CheckResult.failed(CHAIN, "seal " + (seal.batch() - 1) + " is missing");
        }
        String actual = Hashes.hex(Hashes.sha256(previous.get().bytes()));
        return seal.previousSealSha256().filter(actual::equals).isPresent()
                ? CheckResult.passed(CHAIN, "seal " + (seal.batch() - 1) + " hashes to " + actual.substring(0, 16) + "…")
                : CheckResult.failed(CHAIN, "seal " + (seal.batch() - 1) + " hashes to " + actual + " but this seal names "
                        + seal.previousSealSha256().orElse("none"));
    }

    static SignatureResult signature(RecordInspector.TrustedKeysSource source, Seal seal) {
        TrustedKeys keys;
        try {
            keys = source.load();
        } catch (Exception e) {
            return new SignatureResult(CheckResult.failed(SIGNATURE, "the trusted keys cannot be loaded: "
                    + e.getMessage()), Optional.empty(), Optional.empty());
        }
        if (keys.all().isEmpty()) {
            return new SignatureResult(CheckResult.failed(SIGNATURE, "no trusted keys are configured for this store, "
                    + "so the signature of key " + seal.keyId() + " cannot be verified"), Optional.empty(), Optional.of(keys));
        }
        try {
            TrustedKeys.TrustedKey key = new SealVerifier(keys).verify(seal);
            String window = key.windowDeclared() ? key.entry().window() : "bare public key: no validity window";
            return new SignatureResult(CheckResult.passed(SIGNATURE, "signed by " + seal.keyId() + " (from "
                    + key.source().getFileName() + "), valid " + window + " at " + seal.time()), Optional.of(window),
                    Optional.of(keys));
        } catch (SealException e) {
            return new SignatureResult(CheckResult.failed(SIGNATURE, e.getMessage()), Optional.empty(), Optional.of(keys));
        }
    }
}
