package dev.evidex.verification.merkle;

/** A Merkle proof or tree state did not verify; the message says which value differed. */
public final class MerkleException extends Exception {
    private static final long serialVersionUID = 1L;

    public MerkleException(String message) {
        super(message);
    }
}
