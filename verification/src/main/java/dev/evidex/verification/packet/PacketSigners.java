package dev.evidex.verification.packet;

import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.keys.Signer;
import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * Packet signers over local keys. {@link LocalSigner} signs deterministically (RFC 6979 ECDSA,
 * Ed25519), so the same inputs and time give a byte-identical packet.
 */
public final class PacketSigners {
    private PacketSigners() {}

    /** Reads a key file written by {@code evidex-collector keygen} (PKCS#8 private key and its public key). */
    public static Signer load(Path file) throws IOException, KeyFormatException {
        return LocalSigner.load(file);
    }

    /** A deterministic signer for a key pair held in memory. */
    public static Signer deterministic(PrivateKey privateKey, PublicKey publicKey) throws KeyFormatException {
        return new LocalSigner(privateKey, publicKey);
    }
}
