package dev.evidex.verification.store.verify;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalLong;

/** One failed check, located as precisely as the evidence allows. */
public record Failure(Check check, Optional<String> log, OptionalLong batch, OptionalLong index,
        Optional<String> objectKey, String detail) {

    public Failure {
        requireNonNull(check, "check is null");
        requireNonNull(log, "log is null");
        requireNonNull(batch, "batch is null");
        requireNonNull(index, "index is null");
        requireNonNull(objectKey, "objectKey is null");
        requireNonNull(detail, "detail is null");
    }

    public static Failure ofStore(Check check, String objectKey, String detail) {
        return new Failure(check, Optional.empty(), OptionalLong.empty(), OptionalLong.empty(),
                Optional.ofNullable(objectKey), detail);
    }

    public static Failure ofBatch(Check check, String log, long batch, String objectKey, String detail) {
        return new Failure(check, Optional.of(log), OptionalLong.of(batch), OptionalLong.empty(),
                Optional.ofNullable(objectKey), detail);
    }

    public static Failure ofRecord(Check check, String log, long batch, long index, String objectKey, String detail) {
        return new Failure(check, Optional.of(log), OptionalLong.of(batch), OptionalLong.of(index),
                Optional.ofNullable(objectKey), detail);
    }

    /** One line for people: {@code [check] log=.. batch=.. index=.. object=..: detail}. */
    public String describe() {
        StringBuilder text = new StringBuilder("[").append(check.label()).append(']');
        log.ifPresent(value -> text.append(" log=").append(value));
        batch.ifPresent(value -> text.append(" batch=").append(value));
        index.ifPresent(value -> text.append(" index=").append(value));
        objectKey.ifPresent(value -> text.append(" object=").append(value));
        return text.append(": ").append(detail).toString();
    }
}
