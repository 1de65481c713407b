package dev.evidex.verification.seal;

import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.Signatures;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.keys.TrustedKeys.TrustedKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/** Checks a seal's note against its fields and its signature against the trusted keys. */
public final class SealVerifier {
    private final TrustedKeys trustedKeys;

    public SealVerifier(TrustedKeys trustedKeys) {
        this.trustedKeys = java.util.Objects.requireNonNull(trustedKeys, "trustedKeys is null");
    }

    /** Verifies one seal and returns the trusted key that signed it. */
    public TrustedKey verify(Seal seal) throws SealException {
        CheckpointNote note = CheckpointNote.parse(seal.note());
        checkBody(seal, note.bodyLines());
        TrustedKey key = trustedKeys.find(seal.keyId()).orElseThrow(() -> new SealException(
                "seal is signed by key " + seal.keyId() + ", which is not among the trusted keys"));
        if (!note.keyName().equals(Seals.keyName(seal.keyId()))
                || !Arrays.equals(note.keyHint(), Seals.keyHint(seal.keyId()))) {
            throw new SealException("note signature names key '" + note.keyName() + "' but the seal says " + seal.keyId());
        }
        checkSignature(key, note, seal);
        if (!key.entry().allows(KeyPurpose.SEAL_SIGNING)) {
            throw new SealException("key " + seal.keyId() + " is trusted but not for seal signing");
        }
        if (!key.entry().validAt(seal.time())) {
            throw new SealException("seal time " + seal.time() + " is outside the validity window of key "
                    + seal.keyId() + " " + key.entry().window());
        }
        return key;
    }

    private static void checkSignature(TrustedKey key, CheckpointNote note, Seal seal) throws SealException {
        try {
            if (!Signatures.verify(key.entry().publicKey(), note.bodyBytes(), note.signature())) {
                throw new SealException("seal signature does not verify under key " + seal.keyId());
            }
        } catch (KeyFormatException e) {
            throw new SealException("seal key " + seal.keyId() + " cannot verify: " + e.getMessage(), e);
        }
    }

    private static void checkBody(Seal seal, List<String> lines) throws SealException {
        if (lines.size() != 7) {
            throw new SealException("checkpoint body has " + lines.size() + " lines, expected 7");
        }
        expect("origin", lines.get(0), Seals.origin(seal.log()));
        expect("tree size", lines.get(1), Long.toString(seal.treeSize()));
        expect("root", lines.get(2), base64OfHex(seal.root()));
        expect("batch", lines.get(3), "batch " + seal.batch());
        expect("batch digest", lines.get(4), "batch-sha256 " + seal.batchSha256());
        expect("previous seal", lines.get(5), "previous-seal " + seal.previousSealSha256().orElse("none"));
        expect("time", lines.get(6), "time " + seal.time());
    }

    private static String base64OfHex(String hex) throws SealException {
        try {
            return Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new SealException("seal root is not hex: " + hex, e);
        }
    }

    private static void expect(String what, String signed, String field) throws SealException {
        if (!signed.equals(field)) {
            throw new SealException("seal " + what + " '" + field + "' differs from the signed checkpoint '" + signed + "'");
        }
    }
}
