package dev.evidex.verification.artifact.attestation;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/** One attestation found in a file: a bare DSSE envelope or a whole Sigstore bundle. */
public sealed interface AttestationSource {
    /** Where in the file it was found, for reports ({@code line 1}, {@code provenance[0]}). */
    String location();

    /** A DSSE envelope verified with keys; {@code conventions} says which signed bytes are accepted. */
    record Envelope(String location, DsseEnvelope envelope, Set<SigningConvention> conventions)
            implements AttestationSource {
        public Envelope {
            requireNonNull(location, "location is null");
            requireNonNull(envelope, "envelope is null");
            conventions = Set.copyOf(requireNonNull(conventions, "conventions is null"));
        }
    }

    /** A Sigstore bundle (JSON text), verified by the bundle verifier. */
    record Bundle(String location, String json) implements AttestationSource {
        public Bundle {
            requireNonNull(location, "location is null");
            requireNonNull(json, "json is null");
        }
    }
}
