package dev.evidex.verification.packet.verify;

/**
 * Bounds on what a packet ZIP may expand to. The defaults admit a packet backing a few hundred
 * thousand records and reject zip bombs: a deflated entry that expands more than {@code maxRatio}
 * times is refused before it is read to the end.
 */
public record ArchiveLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {
    /** Ratios are checked only above this size: tiny entries compress oddly and cannot be bombs. */
    public static final long RATIO_THRESHOLD = 1024 * 1024;

    public ArchiveLimits {
        if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < maxEntryBytes || maxRatio < 1) {
            throw new IllegalArgumentException("archive limits must be positive and the total at least one entry");
        }
    }

    public static ArchiveLimits defaults() {
        return new ArchiveLimits(500_000, 1L << 30, 8L << 30, 200);
    }
}
