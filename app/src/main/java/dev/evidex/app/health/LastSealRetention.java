package dev.evidex.app.health;

import dev.evidex.app.store.S3EvidenceObjects;
import dev.evidex.verification.packet.RetentionStatement;
import dev.evidex.verification.store.StoreKeys;
import dev.evidex.verification.store.verify.LogSummary;
import java.io.IOException;

/**
 * The Object Lock of a log's newest seal in S3, as S3 reports it now (one HeadObject per log): what
 * protects the head of the chain. Objects written before it were locked by the same collector
 * setting; a packet's {@code retention.json} lists every exported object's lock.
 */
final class LastSealRetention {
    private LastSealRetention() {}

    static String describe(S3EvidenceObjects objects, LogSummary log) {
        if (log.batches() == 0) {
            return "no seal";
        }
        try {
            RetentionStatement.ObjectRetention retention = objects.retention(StoreKeys.seal(log.log(), log.batches() - 1));
            return retention.mode().map(mode -> mode + " until " + retention.retainUntil().map(Object::toString)
                    .orElse("(no date)") + " (last seal)").orElse("NO OBJECT LOCK on the last seal");
        } catch (IOException e) {
            return "unknown: " + e.getMessage();
        }
    }
}
