package dev.evidex.verification.packet.evidence;

/** A {@code proofs.txt} does not follow its format. */
public final class ProofFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProofFormatException(String message) {
        super(message);
    }
}
