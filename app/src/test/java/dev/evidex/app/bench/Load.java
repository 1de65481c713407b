package dev.evidex.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, as uptime prints it, for the benchmark report. */
final class Load {
    private Load() {}

    static String now() {
        Path loadAverage = Path.of("/proc/loadavg");
        try {
            if (Files.isReadable(loadAverage)) {
                String[] fields = Files.readString(loadAverage).trim().split("\\s+");
                return "load average " + fields[0] + ", " + fields[1] + ", " + fields[2];
            }
        } catch (IOException e) {
            // fall through: the report just says it is unknown
        }
        return "load average unknown";
    }
}
