package dev.evidex.collector.cli;

import dev.evidex.collector.input.InputException;
import dev.evidex.collector.record.Subject;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** What the evidence is about: service, image, digest, environment. */
public final class SubjectOptions {
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    @Option(names = "--service", paramLabel = "NAME", description = "Service (image line) the evidence is about.")
    String service;

    @Option(names = "--image", paramLabel = "REF", description = "Image reference without digest (registry/repo:tag).")
    String image;

    @Option(names = "--digest", paramLabel = "sha256:HEX", description = "Image digest.")
    String digest;

    @Option(names = "--environment", paramLabel = "NAME", description = "production, staging, development, ...")
    String environment;

    public Subject subject() throws InputException {
        if (digest != null && !DIGEST.matcher(digest).matches()) {
            throw new InputException("--digest '" + digest + "' must be sha256:<64 lowercase hex>");
        }
        if (image != null && image.contains("@")) {
            throw new InputException("--image '" + image + "' must not carry a digest; give it with --digest");
        }
        return new Subject(Optional.ofNullable(service).or(() -> Optional.ofNullable(image).map(SubjectOptions::serviceOf)),
                Optional.ofNullable(image), Optional.ofNullable(digest), Optional.ofNullable(environment));
    }

    /** The last path segment of an image reference without its tag: {@code registry/team/api:1} is {@code api}. */
    static String serviceOf(String image) {
        String path = image.substring(image.lastIndexOf('/') + 1);
        int colon = path.indexOf(':');
        return colon < 0 ? path : path.substring(0, colon);
    }
}
