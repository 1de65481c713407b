package dev.evidex.collector.record;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** What a record is about: the service, its image and digest, and the environment. */
public record Subject(Optional<String> service, Optional<String> image, Optional<String> digest,
        Optional<String> environment) {
    public Subject {
        requireNonNull(service, "service is null");
        requireNonNull(image, "image is null");
        requireNonNull(digest, "digest is null");
        requireNonNull(environment, "environment is null");
    }

    public static Subject none() {
        return new Subject(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public void writeTo(ObjectNode record) {
        Records.putIfPresent(record, "service", service);
        Records.putIfPresent(record, "image", image);
        Records.putIfPresent(record, "digest", digest);
        Records.putIfPresent(record, "environment", environment);
    }
}
