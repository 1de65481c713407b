package dev.evidex.verification.keys;

import java.util.Arrays;

/** What a key may sign. */
public enum KeyPurpose {
    SEAL_SIGNING("seal-signing"),
    IMAGE_SIGNING("image-signing"),
    ATTESTATION_SIGNING("attestation-signing"),
    PACKET_SIGNING("packet-signing");

    private final String label;

    KeyPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static KeyPurpose fromLabel(String label) throws KeyFormatException {
        return Arrays.stream(values()).filter(purpose -> purpose.label.equals(label)).findFirst()
                .orElseThrow(() -> new KeyFormatException("unknown key purpose '" + label + "'"));
    }
}
