package dev.evidex.verification.trust;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.artifact.BoundedFiles;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.KeyPurpose;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an {@code identities.json}: the keyless signers an auditor trusts, each a certificate subject
 * alternative name and OIDC issuer (both exact) for some purposes. Bounded like every trust file; a
 * malformed entry fails the whole file rather than being skipped.
 */
public final class TrustedIdentities {
    private TrustedIdentities() {}

    public static List<TrustedIdentity> read(Path file) throws TrustConfigurationException {
        JsonNode document;
        try {
            document = Json.mapper().readTree(BoundedFiles.readDocument(file, "trust file"));
        } catch (IOException e) {
            throw new TrustConfigurationException(file + ": " + e.getMessage(), e);
        }
        if (document == null || !document.path("identities").isArray()) {
            throw new TrustConfigurationException(file + ": identities must be an array");
        }
        List<TrustedIdentity> identities = new ArrayList<>();
        for (JsonNode identity : document.path("identities")) {
            identities.add(new TrustedIdentity(required(identity, "subject_alternative_name", file),
                    required(identity, "issuer", file), purposes(identity, file)));
        }
        return List.copyOf(identities);
    }

    private static Set<KeyPurpose> purposes(JsonNode entry, Path file) throws TrustConfigurationException {
        Set<KeyPurpose> purposes = EnumSet.noneOf(KeyPurpose.class);
        for (JsonNode purpose : entry.path("purposes")) {
            try {
                purposes.add(KeyPurpose.fromLabel(purpose.asText()));
            } catch (KeyFormatException e) {
                throw new TrustConfigurationException(file + ": " + e.getMessage(), e);
            }
        }
        if (purposes.isEmpty()) {
            throw new TrustConfigurationException(file + ": purposes must list at least one purpose");
        }
        return purposes;
    }

    private static String required(JsonNode entry, String field, Path file) throws TrustConfigurationException {
        if (!entry.path(field).isTextual() || entry.path(field).asText().isBlank()) {
            throw new TrustConfigurationException(file + ": " + field + " is required");
        }
        return entry.path(field).asText();
    }
}
