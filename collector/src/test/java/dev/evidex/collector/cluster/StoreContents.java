package dev.evidex.collector.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import dev.evidex.verification.store.verify.StoreVerifier;
import dev.evidex.verification.store.verify.VerificationReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading a store back in tests: every record, and a full verification under a test key. */
public final class StoreContents {
    private StoreContents() {}

    public static List<JsonNode> records(ObjectStore store) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (ObjectStore.Entry entry : store.list(StoreKeys.RECORDS)) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(store.open(entry.key()), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    records.add(Json.mapper().readTree(line));
                }
            }
        }
        return records;
    }

    public static VerificationReport verify(ObjectStore store, TrustedKeys keys) throws IOException {
        return new StoreVerifier(StoreVerifier.Options.of(keys)).verify(store);
    }

    /** A fresh ECDSA P-256 signer and the trust that verifies it. */
    public record TestKey(LocalSigner signer, TrustedKeys trust, KeyPair pair) {
        public static TestKey generate() throws GeneralSecurityException, dev.evidex.verification.keys.KeyFormatException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            KeyArchiveEntry entry = new KeyArchiveEntry(pair.getPublic(), List.of(KeyPurpose.values()), Instant.EPOCH,
                    Optional.empty(), Optional.empty());
            return new TestKey(new LocalSigner(pair.getPrivate(), pair.getPublic()), TrustedKeys.of(List.of(entry)), pair);
        }
    }
}
