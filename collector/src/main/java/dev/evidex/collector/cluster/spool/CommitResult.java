package dev.evidex.collector.cluster.spool;

/** What the spool did with a request's events, known once they are durable. */
public record CommitResult(int accepted, int duplicates, long lastSequence) {}
