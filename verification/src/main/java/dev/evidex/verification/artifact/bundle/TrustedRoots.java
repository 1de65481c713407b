package dev.evidex.verification.artifact.bundle;

import dev.evidex.verification.artifact.BoundedFiles;
import dev.sigstore.trustroot.SigstoreConfigurationException;
import dev.sigstore.trustroot.SigstoreTrustedRoot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a Sigstore trusted root from a file. Never from the network: no TUF client is created,
 * so what is trusted is exactly what the file says.
 */
public final class TrustedRoots {
    private TrustedRoots() {}

    public static SigstoreTrustedRoot read(Path file) throws BundleVerificationException {
        try {
            byte[] bytes = BoundedFiles.readDocument(file, "trusted root");
            return SigstoreTrustedRoot.from(new ByteArrayInputStream(bytes));
        } catch (IOException | SigstoreConfigurationException | RuntimeException e) {
            throw new BundleVerificationException("trusted root " + file + " cannot be used: " + e.getMessage(), e);
        }
    }
}
