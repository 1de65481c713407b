package dev.evidex.verification.trust;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyPurpose;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;

/**
 * Everything the verifier trusts, read from a trust directory (see {@code src/docs/trust-configuration.md}):
 * keys with purposes and validity windows (key archive entries), keyless identities, and Sigstore
 * trusted roots.
 */
public record TrustConfiguration(List<KeyArchiveEntry> keys, List<TrustedIdentity> identities, List<Path> trustedRoots) {
    public TrustConfiguration {
        keys = List.copyOf(requireNonNull(keys, "keys is null"));
        identities = List.copyOf(requireNonNull(identities, "identities is null"));
        trustedRoots = List.copyOf(requireNonNull(trustedRoots, "trustedRoots is null"));
    }

    /** Keys that may verify {@code purpose} for something signed at {@code time}. */
    public List<PublicKey> keysFor(KeyPurpose purpose, Instant time) {
        return keys.stream().filter(key -> key.allows(purpose) && key.validAt(time))
                .map(KeyArchiveEntry::publicKey).toList();
    }

    public List<TrustedIdentity> identitiesFor(KeyPurpose purpose) {
        return identities.stream().filter(identity -> identity.purposes().contains(purpose)).toList();
    }
}
