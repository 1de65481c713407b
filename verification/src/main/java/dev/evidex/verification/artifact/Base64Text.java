package dev.evidex.verification.artifact;

import java.util.Base64;

/** Strict base64 decoding that says what was wrong; accepts the standard and URL alphabets. */
public final class Base64Text {
    private Base64Text() {}

    /**
     * Decodes standard or URL-safe base64 (padding optional, surrounding whitespace ignored).
     *
     * @throws IllegalArgumentException naming the field when the text is not base64
     */
    public static byte[] decode(String text, String field) {
        String compact = text.strip();
        try {
            if (compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0) {
                return Base64.getUrlDecoder().decode(compact);
            }
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not valid base64 (truncated or corrupt): "
                    + e.getMessage(), e);
        }
    }
}
