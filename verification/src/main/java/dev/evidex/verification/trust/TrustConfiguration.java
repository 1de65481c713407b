package dev.evidex.verification.trust;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;

/**
 * Everything the verifier trusts, read from a trust directory (see {@code src/docs/trust-configuration.md}):
 * keys with purposes and validity windows, keyless identities, and Sigstore trusted roots.
 */
public record TrustConfiguration(List<TrustedKey> keys, List<TrustedIdentity> identities, List<Path> trustedRoots) {
    public TrustConfiguration {
        keys = List.copyOf(requireNonNull(keys, "keys is null"));
        identities = List.copyOf(requireNonNull(identities, "identities is null"));
        trustedRoots = List.copyOf(requireNonNull(trustedRoots, "trustedRoots is null"));
    }

    /** Keys that may verify {@code purpose} for something signed at {@code time}. */
    public List<PublicKey> keysFor(KeyPurpose purpose, Instant time) {
        return keys.stream().filter(key -> key.validFor(purpose, time)).map(TrustedKey::publicKey).toList();
    }

    public List<TrustedIdentity> identitiesFor(KeyPurpose purpose) {
        return identities.stream().filter(identity -> identity.purposes().contains(purpose)).toList();
    }
}
