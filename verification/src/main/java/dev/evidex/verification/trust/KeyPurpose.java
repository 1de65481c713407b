package dev.evidex.verification.trust;

import java.util.Arrays;
import java.util.Optional;

/** What a trusted key may verify; spelled as in the key archive ({@code image-signing}, ...). */
public enum KeyPurpose {
    IMAGE_SIGNING("image-signing"),
    ATTESTATION_SIGNING("attestation-signing"),
    SEAL_SIGNING("seal-signing"),
    PACKET_SIGNING("packet-signing");

    private final String text;

    KeyPurpose(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static Optional<KeyPurpose> parse(String text) {
        return Arrays.stream(values()).filter(purpose -> purpose.text.equals(text)).findFirst();
    }
}
