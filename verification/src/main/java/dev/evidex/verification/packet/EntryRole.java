package dev.evidex.verification.packet;

import java.util.Arrays;
import java.util.Optional;

/** What a listed entry is; the verifier checks each role in its own way. */
public enum EntryRole {
    CHECKSUMS("checksums"),
    CONTROLS("controls"),
    RETENTION("retention"),
    REPORT("report"),
    QUERY_DEFINITION("query-definition"),
    QUERY_SQL("query-sql"),
    QUERY_PARAMETERS("query-parameters"),
    QUERY_RECEIPT("query-receipt"),
    RESULT_CSV("result-csv"),
    RESULT_JSON("result-json"),
    SAMPLE("sample"),
    CHECKPOINT("checkpoint"),
    RECORDS("records"),
    PROOFS("proofs"),
    KEY("key"),
    ARTIFACT("artifact"),
    ARTIFACT_INDEX("artifact-index"),
    EXPORT_VERIFICATION("export-verification");

    private final String label;

    EntryRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<EntryRole> fromLabel(String label) {
        return Arrays.stream(values()).filter(role -> role.label.equals(label)).findFirst();
    }
}
