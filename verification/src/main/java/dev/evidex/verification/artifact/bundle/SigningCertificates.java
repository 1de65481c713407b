package dev.evidex.verification.artifact.bundle;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads the keyless identity (SAN and OIDC issuer) from a Fulcio signing certificate. */
final class SigningCertificates {
    /** Fulcio issuer extension: V2 is a DER UTF8String, V1 (deprecated) the raw string. */
    private static final String ISSUER_V2 = "1.3.6.1.4.1.57264.1.8";
    private static final String ISSUER_V1 = "1.3.6.1.4.1.57264.1.1";

    private SigningCertificates() {}

    static Optional<String> subjectAlternativeName(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names == null) {
                return Optional.empty();
            }
            return names.stream()
                    .filter(name -> name.size() == 2 && name.get(1) instanceof String)
                    .map(name -> (String) name.get(1))
                    .findFirst();
        } catch (CertificateParsingException e) {
            return Optional.empty();
        }
    }

    static Optional<String> issuer(X509Certificate certificate) {
        return extensionText(certificate, ISSUER_V2, true).or(() -> extensionText(certificate, ISSUER_V1, false));
    }

    static String identity(X509Certificate certificate) {
        return subjectAlternativeName(certificate).orElse("(no SAN)") + " (issuer "
                + issuer(certificate).orElse("unknown") + ")";
    }

    private static Optional<String> extensionText(X509Certificate certificate, String oid, boolean innerUtf8String) {
        byte[] octetString = certificate.getExtensionValue(oid);
        if (octetString == null) {
            return Optional.empty();
        }
        byte[] value = derContents(octetString);
        if (innerUtf8String) {
            value = derContents(value);
        }
        return Optional.of(new String(value, StandardCharsets.UTF_8));
    }

    /** The contents of one DER TLV (short or long form length). */
    private static byte[] derContents(byte[] tlv) {
        if (tlv.length < 2) {
            return new byte[0];
        }
        int length = tlv[1] & 0xff;
        int offset = 2;
        if (length > 0x80) {
            int lengthBytes = length - 0x80;
            length = 0;
            for (int index = 0; index < lengthBytes && offset < tlv.length; index++) {
                length = (length << 8) | (tlv[offset++] & 0xff);
            }
        }
        return Arrays.copyOfRange(tlv, Math.min(offset, tlv.length), Math.min(offset + length, tlv.length));
    }
}
