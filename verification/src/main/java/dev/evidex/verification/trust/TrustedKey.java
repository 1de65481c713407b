package dev.evidex.verification.trust;

import static java.util.Objects.requireNonNull;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A key the verifier trusts, for some purposes, inside a validity window {@code [notBefore,
 * notAfter)} cut at {@code revokedAt}.
 */
public record TrustedKey(
        String keyId,
        PublicKey publicKey,
        Set<KeyPurpose> purposes,
        Instant notBefore,
        Optional<Instant> notAfter,
        Optional<Instant> revokedAt) {
    public TrustedKey {
        requireNonNull(keyId, "keyId is null");
        requireNonNull(publicKey, "publicKey is null");
        purposes = Set.copyOf(requireNonNull(purposes, "purposes is null"));
        requireNonNull(notBefore, "notBefore is null");
        requireNonNull(notAfter, "notAfter is null");
        requireNonNull(revokedAt, "revokedAt is null");
    }

    /** True when the key may verify {@code purpose} for something signed at {@code time}. */
    public boolean validFor(KeyPurpose purpose, Instant time) {
        return purposes.contains(purpose) && !time.isBefore(notBefore)
                && notAfter.map(time::isBefore).orElse(true)
                && revokedAt.map(time::isBefore).orElse(true);
    }
}
