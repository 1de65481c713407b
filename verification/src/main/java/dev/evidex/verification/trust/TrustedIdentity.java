package dev.evidex.verification.trust;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.keys.KeyPurpose;
import java.util.Set;

/** A keyless signer the verifier trusts: certificate SAN and OIDC issuer, for some purposes. */
public record TrustedIdentity(String subjectAlternativeName, String issuer, Set<KeyPurpose> purposes) {
    public TrustedIdentity {
        requireNonNull(subjectAlternativeName, "subjectAlternativeName is null");
        requireNonNull(issuer, "issuer is null");
        purposes = Set.copyOf(requireNonNull(purposes, "purposes is null"));
    }
}
