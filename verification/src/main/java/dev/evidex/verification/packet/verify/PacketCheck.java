package dev.evidex.verification.packet.verify;

/** The checks of packet verification ({@code packet-format.md} section 6), as reports name them. */
public enum PacketCheck {
    MANIFEST_SIGNATURE("manifest-signature", "manifest.sig verifies over manifest.json under exporter.pub"),
    EXPORTER_KEY("exporter-key", "the exporter key is trusted for packet signing at the packet's time"),
    ENTRY("entry", "every listed entry is present with its size and SHA-256"),
    UNLISTED_ENTRY("unlisted-entry", "no entry outside the manifest"),
    CHECKSUMS("checksums", "SHA256SUMS agrees with the manifest"),
    RECEIPT("receipt", "SQL text and result match their receipt's hashes and row count"),
    RESULT_CSV("result-csv", "result.csv holds the cells of the hashed result"),
    SAMPLE("sample", "the sample redraws from its seed and method"),
    RECORD_REFERENCE("record-reference", "every record a result row names is in the packet"),
    RECORD("record", "each record carries its log and index, in ascending order"),
    INCLUSION_PROOF("inclusion-proof", "each record's inclusion proof reproduces its checkpoint's root"),
    CHECKPOINT("checkpoint", "each checkpoint is signed by a seal key valid at its time"),
    KEY_ARCHIVE("key-archive", "key archive entries parse and are named by their key id"),
    ARTIFACT("artifact", "every referenced artifact is present and matches its digest"),
    ARTIFACT_SIGNATURE("artifact-signature", "every carried signature, attestation and bundle re-verifies offline"),
    CONTROLS("controls", "controls.json names only queries and files the packet holds");

    private final String label;
    private final String description;

    PacketCheck(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
