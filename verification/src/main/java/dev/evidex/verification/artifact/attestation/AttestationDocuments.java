package dev.evidex.verification.artifact.attestation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the attestations in a file by the shape of its JSON: a DSSE envelope, a Sigstore bundle,
 * JSON Lines of either ({@code .intoto.jsonl}), or gcloud's provenance summary (Cloud Build).
 */
public final class AttestationDocuments {
    private AttestationDocuments() {}

    public static List<AttestationSource> read(byte[] file) throws AttestationVerificationException {
        String text = new String(file, StandardCharsets.UTF_8);
        try {
            return fromNode(Json.mapper().readTree(text), "document");
        } catch (IOException wholeDocumentFailure) {
            return fromLines(text, wholeDocumentFailure);
        }
    }

    private static List<AttestationSource> fromLines(String text, IOException wholeDocumentFailure)
            throws AttestationVerificationException {
        String[] lines = text.split("\n");
        if (lines.length < 2) {
            throw new AttestationVerificationException("attestation is not valid JSON: " + wholeDocumentFailure.getMessage(),
                    wholeDocumentFailure);
        }
        List<AttestationSource> sources = new ArrayList<>();
        for (int index = 0; index < lines.length; index++) {
            if (lines[index].isBlank()) {
                continue;
            }
            try {
                sources.addAll(fromNode(Json.mapper().readTree(lines[index]), "line " + (index + 1)));
            } catch (IOException e) {
                throw new AttestationVerificationException("line " + (index + 1) + " is not valid JSON: " + e.getMessage(), e);
            }
        }
        return sources;
    }

    private static List<AttestationSource> fromNode(JsonNode node, String location) throws AttestationVerificationException {
        if (node == null || !node.isObject()) {
            throw new AttestationVerificationException(location + " is not a JSON object");
        }
        if (node.has("mediaType") && node.has("verificationMaterial")) {
            return List.of(new AttestationSource.Bundle(location, node.toString()));
        }
        if (node.has("payloadType")) {
            return List.of(new AttestationSource.Envelope(location, DsseEnvelope.fromJson(node), Set.of(SigningConvention.PAE)));
        }
        if (node.path("provenance_summary").path("provenance").isArray()) {
            return cloudBuild(node.path("provenance_summary").path("provenance"));
        }
        throw new AttestationVerificationException(location
                + " is neither a DSSE envelope, a Sigstore bundle nor a gcloud provenance summary");
    }

    /** Cloud Build's KMS attestor signs the raw payload, not the PAE (slsa-verifier does the same). */
    private static List<AttestationSource> cloudBuild(JsonNode provenances) throws AttestationVerificationException {
        List<AttestationSource> sources = new ArrayList<>();
        for (int index = 0; index < provenances.size(); index++) {
            sources.add(new AttestationSource.Envelope("provenance[" + index + "]",
                    DsseEnvelope.fromJson(provenances.get(index).path("envelope")),
                    Set.of(SigningConvention.PAE, SigningConvention.RAW_PAYLOAD)));
        }
        if (sources.isEmpty()) {
            throw new AttestationVerificationException("gcloud provenance summary lists no provenance");
        }
        return sources;
    }
}
