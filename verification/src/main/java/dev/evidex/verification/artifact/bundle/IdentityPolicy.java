package dev.evidex.verification.artifact.bundle;

import static java.util.Objects.requireNonNull;

/** A keyless identity: the certificate's subject alternative name and the OIDC issuer, both exact. */
public record IdentityPolicy(String subjectAlternativeName, String issuer) {
    public IdentityPolicy {
        requireNonNull(subjectAlternativeName, "subjectAlternativeName is null");
        requireNonNull(issuer, "issuer is null");
        if (subjectAlternativeName.isBlank() || issuer.isBlank()) {
            throw new IllegalArgumentException("identity and issuer must both be given and not blank");
        }
    }

    @Override
    public String toString() {
        return subjectAlternativeName + " (issuer " + issuer + ")";
    }
}
