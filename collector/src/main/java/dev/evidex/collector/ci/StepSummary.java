package dev.evidex.collector.ci;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/** Appends Markdown to the job summary GitHub Actions shows for a step ({@code $GITHUB_STEP_SUMMARY}). */
public final class StepSummary {
    private final Optional<Path> file;

    private StepSummary(Optional<Path> file) {
        this.file = file;
    }

    public static StepSummary fromEnvironment(Map<String, String> environment) {
        return new StepSummary(Optional.ofNullable(environment.get("GITHUB_STEP_SUMMARY"))
                .filter(path -> !path.isBlank()).map(Path::of));
    }

    public boolean enabled() {
        return file.isPresent();
    }

    /** Appends a block; a summary that cannot be written never fails the evidence step. */
    public Optional<String> append(String markdown) {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            Files.writeString(file.get(), markdown.endsWith("\n") ? markdown : markdown + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("warning: cannot write the step summary " + file.get() + ": " + e.getMessage());
        }
    }

    /** A Markdown table cell: pipes and line breaks would break the table. */
    public static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
