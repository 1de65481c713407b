package dev.evidex.verification.packet.signature;

import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.PublicKeys;
import dev.evidex.verification.keys.TrustedKeys;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The keys a carried signature may be checked with: image- and attestation-signing keys from the
 * verifier's {@code --trusted-keys} valid at the record's time, then the public keys the record
 * itself references (the collector stores the keys it verified with as artifacts; the sealed
 * record names them by digest, so they are the keys of the ingest-time verification).
 */
final class SignatureTrust {
    /** One usable key and where it came from, for the report. */
    record Key(PublicKey key, String source) {
        String describe() {
            return PublicKeys.keyId(key) + " (" + source + ")";
        }
    }

    private final Optional<TrustedKeys> trustedKeys;

    SignatureTrust(Optional<TrustedKeys> trustedKeys) {
        this.trustedKeys = trustedKeys;
    }

    /** Signing keys for {@code record}; the Rekor key it names is left out (it signs log entries, not images). */
    List<Key> keys(SignedRecord record, Function<String, Optional<byte[]>> artifacts) {
        List<Key> keys = new ArrayList<>();
        Instant time = record.time().orElse(Instant.EPOCH);
        trustedKeys.ifPresent(trusted -> trusted.all().stream()
                .filter(key -> key.entry().allows(KeyPurpose.IMAGE_SIGNING) || key.entry().allows(KeyPurpose.ATTESTATION_SIGNING))
                .filter(key -> key.entry().validAt(time))
                .forEach(key -> keys.add(new Key(key.entry().publicKey(), "--trusted-keys"))));
        for (PublicKey key : carried(record, artifacts)) {
            boolean rekor = record.rekorKeyId().map(PublicKeys.keyId(key)::equals).orElse(false);
            boolean known = keys.stream().anyMatch(existing -> PublicKeys.keyId(existing.key()).equals(PublicKeys.keyId(key)));
            if (!rekor && !known) {
                keys.add(new Key(key, "carried in the packet, named by the sealed record"));
            }
        }
        return keys;
    }

    Optional<PublicKey> rekorKey(SignedRecord record, Function<String, Optional<byte[]>> artifacts) {
        return record.rekorKeyId().flatMap(id -> carried(record, artifacts).stream()
                .filter(key -> PublicKeys.keyId(key).equals(id)).findFirst());
    }

    private static List<PublicKey> carried(SignedRecord record, Function<String, Optional<byte[]>> artifacts) {
        List<PublicKey> keys = new ArrayList<>();
        for (String digest : record.artifacts("public-key", Optional.empty())) {
            Optional<byte[]> pem = artifacts.apply(digest);
            if (pem.isPresent()) {
                try {
                    keys.add(PublicKeys.parsePem(new String(pem.get(), StandardCharsets.US_ASCII)));
                } catch (KeyFormatException e) {
                    // Not a key: the signature is then checked with the other keys, or reported without trust material.
                }
            }
        }
        return keys;
    }
}
