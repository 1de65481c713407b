package dev.evidex.collector.support;

import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.keys.TrustedKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A fresh P-256 seal key written as a keygen key file, and the trust that verifies it. */
public record TestKeys(Path keyFile, KeyPair pair, KeyArchiveEntry entry) {
    public static TestKeys create(Path directory) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        Path file = directory.resolve("seal.pem");
        Files.createDirectories(directory);
        Files.writeString(file, LocalSigner.toPem(pair.getPrivate(), pair.getPublic()), StandardCharsets.US_ASCII);
        KeyArchiveEntry entry = new KeyArchiveEntry(pair.getPublic(), List.of(KeyPurpose.SEAL_SIGNING),
                Instant.parse("2000-01-01T00:00:00Z"), Optional.empty(), Optional.empty());
        return new TestKeys(file, pair, entry);
    }

    public String reference() {
        return "file:" + keyFile;
    }

    public TrustedKeys trusted() {
        return TrustedKeys.of(List.of(entry));
    }
}
