package dev.evidex.querypack.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compact builders for test records; every key/value pair goes in as given. */
public final class Records {
    private Records() {}

    public static Map<String, Object> record(String stream, String time, Object... keyValues) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("stream", stream);
        record.put("time", time);
        for (int i = 0; i < keyValues.length; i += 2) {
            record.put((String) keyValues[i], keyValues[i + 1]);
        }
        return record;
    }

    public static Map<String, Object> pkg(String name, String version) {
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("name", name);
        pkg.put("version", version);
        pkg.put("purl", "pkg:maven/org.example/" + name + "@" + version);
        return pkg;
    }

    public static Map<String, Object> input(String uri, String digest) {
        return Map.of("uri", uri, "digest", digest);
    }

    public static List<Map<String, Object>> packages(Map<String, Object>... packages) {
        return List.of(packages);
    }
}
