package dev.evidex.collector.demo;

import java.time.Instant;

/** A deployment the CI side made; the cluster side turns it into admission decisions. */
record DeployEvent(Instant time, String service, String image, String digest, String environment, String cluster,
        boolean signed, boolean hasSbom) {}
