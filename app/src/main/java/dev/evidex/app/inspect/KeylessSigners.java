package dev.evidex.app.inspect;

import dev.evidex.verification.artifact.bundle.IdentityPolicy;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.trust.TrustConfigurationException;
import dev.evidex.verification.trust.TrustedIdentities;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The keyless signers a bundle may be signed by: those of {@link EvidenceTrust#IDENTITIES} trusted for
 * image or attestation signing, each a certificate identity the bundle must match. Without that file
 * one policy with no identity: the bundle's signer is then reported, not checked (the check shows
 * n/a and names the signer). A file that lists no signer for these purposes gives no policy at all.
 */
final class KeylessSigners {
    private KeylessSigners() {}

    static List<Optional<IdentityPolicy>> policies(EvidenceTrust trust) throws TrustConfigurationException {
        if (trust.identities().isEmpty()) {
            return List.of(Optional.empty());
        }
        Path file = trust.identities().get();
        return TrustedIdentities.read(file).stream()
                .filter(identity -> identity.purposes().contains(KeyPurpose.ATTESTATION_SIGNING)
                        || identity.purposes().contains(KeyPurpose.IMAGE_SIGNING))
                .map(identity -> Optional.of(new IdentityPolicy(identity.subjectAlternativeName(), identity.issuer())))
                .toList();
    }
}
