package dev.evidex.app.export;

import dev.evidex.verification.packet.Assessment;
import java.nio.file.Path;

/** Helpers to build export requests from files, shared by the command and the wizard. */
public final class ExportRequests {
    private ExportRequests() {}

    public static Assessment assessment(Path file) throws ExportException {
        return AssessmentFile.read(file);
    }
}
