package dev.evidex.verification.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.testing.TestKeys;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SealVerifierTest {
    private static final Instant TIME = Instant.parse("2027-05-01T12:00:00Z");
    private final KeyPair key = TestKeys.ecdsa();
    private final LocalSigner signer = TestKeys.signer(key);

    private Seal seal(LocalSigner with) throws Exception {
        Seals.Content content = new Seals.Content("ci-acme", 3, 10, 2, Hashes.sha256(new byte[] {1}),
                "records/dt=2027-05-01/ci-acme-000000000003.jsonl", Hashes.sha256(new byte[] {2}),
                Optional.of(Hashes.sha256(new byte[] {3})), TIME, List.of());
        return Seals.sign(content, with);
    }

    private TrustedKeys trust(Instant notBefore, Optional<Instant> notAfter, Optional<Instant> revoked) {
        return TrustedKeys.of(List.of(new KeyArchiveEntry(key.getPublic(), List.of(KeyPurpose.SEAL_SIGNING),
                notBefore, notAfter, revoked)));
    }

    @Test
    void aSealRoundTripsAndVerifiesInsideItsKeysWindow() throws Exception {
        Seal seal = Seal.parse(seal(signer).toCanonicalJson());
        TrustedKeys.TrustedKey used = new SealVerifier(trust(TIME.minusSeconds(60), Optional.empty(), Optional.empty()))
                .verify(seal);
        assertThat(used.entry().keyId()).isEqualTo(seal.keyId());
        assertThat(seal.note()).startsWith("evidex.dev/log/ci-acme\n10\n").contains("\n\n\u2014 evidex-seal+");
    }

    @Test
    void sealsAreDeterministicForTheSameContentAndKey() throws Exception {
        assertThat(seal(signer).toCanonicalJson()).isEqualTo(seal(signer).toCanonicalJson());
        assertThat(seal(TestKeys.signer(TestKeys.ecdsa())).note()).isNotEqualTo(seal(signer).note());
    }

    @Test
    void aSealAfterRotationStillVerifiesUnderTheArchivedWindow() throws Exception {
        TrustedKeys rotated = trust(TIME.minusSeconds(3600), Optional.of(TIME.plusSeconds(1)), Optional.empty());
        new SealVerifier(rotated).verify(seal(signer));
    }

    @Test
    void sealsAfterRevocationOrOutsideTheWindowFail() throws Exception {
        Seal seal = seal(signer);
        assertThatThrownBy(() -> new SealVerifier(trust(TIME.plusSeconds(1), Optional.empty(), Optional.empty())).verify(seal))
                .isInstanceOf(SealException.class).hasMessageContaining("outside the validity window");
        assertThatThrownBy(() -> new SealVerifier(trust(TIME.minusSeconds(60), Optional.empty(), Optional.of(TIME))).verify(seal))
                .hasMessageContaining("revoked at " + TIME);
    }

    @Test
    void aFieldThatDiffersFromTheSignedNoteFails() throws Exception {
        Seal seal = seal(signer);
        Seal edited = new Seal(seal.log(), seal.batch(), 11, seal.recordCount(), seal.root(), seal.batchObject(),
                seal.batchSha256(), seal.previousSealSha256(), seal.time(), seal.keyId(), seal.frontier(), seal.note());
        assertThatThrownBy(() -> new SealVerifier(trust(Instant.EPOCH, Optional.empty(), Optional.empty())).verify(edited))
                .hasMessageContaining("seal tree size '11' differs from the signed checkpoint '10'");
    }

    @Test
    void anAlteredNoteFailsItsSignature() throws Exception {
        Seal seal = seal(signer);
        Seal edited = new Seal(seal.log(), seal.batch(), seal.treeSize(), seal.recordCount(), seal.root(),
                seal.batchObject(), seal.batchSha256(), seal.previousSealSha256(), seal.time().plusSeconds(1),
                seal.keyId(), seal.frontier(), seal.note().replace("time " + TIME, "time " + TIME.plusSeconds(1)));
        assertThatThrownBy(() -> new SealVerifier(trust(Instant.EPOCH, Optional.empty(), Optional.empty())).verify(edited))
                .hasMessageContaining("seal signature does not verify under key " + seal.keyId());
    }

    @Test
    void ed25519SealsVerifyToo() throws Exception {
        KeyPair edwards = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Seal seal = seal(new LocalSigner(edwards.getPrivate(), edwards.getPublic()));
        new SealVerifier(TrustedKeys.of(List.of(new KeyArchiveEntry(edwards.getPublic(), List.of(KeyPurpose.SEAL_SIGNING),
                Instant.EPOCH, Optional.empty(), Optional.empty())))).verify(seal);
    }

    @Test
    void aKeyTrustedOnlyForImagesCannotSealEvidence() throws Exception {
        TrustedKeys imagesOnly = TrustedKeys.of(List.of(new KeyArchiveEntry(key.getPublic(), List.of(KeyPurpose.IMAGE_SIGNING),
                Instant.EPOCH, Optional.empty(), Optional.empty())));
        assertThatThrownBy(() -> new SealVerifier(imagesOnly).verify(seal(signer)))
                .hasMessageContaining("not for seal signing");
    }

    @Test
    void malformedSealsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> Seal.parse("{\"schema_version\":1".getBytes()))
                .isInstanceOf(SealException.class).hasMessageContaining("seal is not valid JSON");
        assertThatThrownBy(() -> Seal.parse("{\"schema_version\":2}".getBytes()))
                .hasMessageContaining("schema_version 2 is not supported");
    }
}
