package dev.evidex.verification.store.verify;

/** The checks of evidence format section 7, as named in reports. */
public enum Check {
    SEAL_SEQUENCE("seal-sequence", "seals form 0..N without gaps, one per batch number"),
    SEAL_FORMAT("seal-format", "the seal parses and its fields equal its signed checkpoint"),
    SEAL_SIGNATURE("seal-signature", "signed by a trusted seal-signing key valid at the seal's time"),
    SEAL_CHAIN("seal-chain", "each seal names the SHA-256 of the previous seal"),
    BATCH_OBJECT("batch-object", "the batch object exists and matches the seal's digest"),
    RECORD("record", "each record is canonical and carries its log, batch and index"),
    MERKLE_ROOT("merkle-root", "the records reproduce the signed Merkle root and sizes"),
    UNSEALED_OBJECT("unsealed-object", "every batch object is covered by a seal"),
    ARTIFACT("artifact", "every artifact matches its digest and every referenced artifact exists"),
    CHECKPOINT("checkpoint", "the store is consistent with a checkpoint given to the verifier"),
    STORE("store", "the store can be read");

    private final String label;
    private final String description;

    Check(String label, String description) {
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
