package dev.evidex.app.export;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the export wizard takes the evidence from and on whose behalf: the open local store, or
 * the signed-in account's evidence bucket.
 *
 * @param evidence        opens the evidence for the length of one export
 * @param trustedKeys     the seal keys to trust; empty means the source's default (none on S3)
 * @param principal       the exporter identity offered
 * @param principalSource how that identity is known ({@code local}, {@code sso})
 */
public record ExportOrigin(Opener evidence, Optional<Path> trustedKeys, String principal, String principalSource) {
    /** Opens an evidence source; the caller closes it. */
    @FunctionalInterface
    public interface Opener {
        EvidenceSource open() throws ExportException;
    }

    public ExportOrigin {
        requireNonNull(evidence, "evidence is null");
        requireNonNull(trustedKeys, "trustedKeys is null");
        requireNonNull(principal, "principal is null");
        requireNonNull(principalSource, "principalSource is null");
    }

    /** A local store, checked against its own {@code keys/}, exported by the local user. */
    public static ExportOrigin local(Path store) {
        requireNonNull(store, "store is null");
        return new ExportOrigin(() -> EvidenceSource.local(store), Optional.empty(),
                System.getProperty("user.name", "unknown"), "local");
    }
}
