package dev.evidex.app.query;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The pack grouped as the tree shows it: HITRUST CSF category, then control, then queries. */
public final class ControlGroups {
    /** HITRUST CSF control categories (public names; the CSF text itself is licensed). */
    private static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("00", "Information Security Management Program"), Map.entry("01", "Access Control"),
            Map.entry("02", "Human Resources Security"), Map.entry("03", "Risk Management"),
            Map.entry("04", "Security Policy"), Map.entry("05", "Organization of Information Security"),
            Map.entry("06", "Compliance"), Map.entry("07", "Asset Management"),
            Map.entry("08", "Physical and Environmental Security"),
            Map.entry("09", "Communications and Operations Management"),
            Map.entry("10", "Information Systems Acquisition, Development and Maintenance"),
            Map.entry("11", "Information Security Incident Management"),
            Map.entry("12", "Business Continuity Management"), Map.entry("13", "Privacy Practices"));
    static final String UNMAPPED = "Not mapped to a HITRUST control";

    private ControlGroups() {}

    public record Control(String name, List<QuerySpec> queries) {
        public Control {
            requireNonNull(name, "name is null");
            queries = List.copyOf(queries);
        }
    }

    public record Domain(String name, List<Control> controls) {
        public Domain {
            requireNonNull(name, "name is null");
            controls = List.copyOf(controls);
        }
    }

    /** Groups the queries matching {@code search} (title, question, id or control; case-insensitive). */
    public static List<Domain> group(List<QuerySpec> queries, String search) {
        String needle = search.trim().toLowerCase(Locale.ROOT);
        Map<String, Map<String, List<QuerySpec>>> tree = new TreeMap<>();
        for (QuerySpec query : queries) {
            List<String> controls = query.hitrustControls().isEmpty() ? List.of(UNMAPPED) : query.hitrustControls();
            for (String control : controls) {
                if (matches(query, control, needle)) {
                    tree.computeIfAbsent(domain(control), key -> new TreeMap<>())
                            .computeIfAbsent(control, key -> new ArrayList<>()).add(query);
                }
            }
        }
        List<Domain> domains = new ArrayList<>();
        tree.forEach((domain, controls) -> domains.add(new Domain(domain,
                controls.entrySet().stream().map(e -> new Control(e.getKey(), e.getValue())).toList())));
        return domains;
    }

    static String domain(String control) {
        int dot = control.indexOf('.');
        if (dot <= 0) {
            return UNMAPPED;
        }
        String number = String.format(Locale.ROOT, "%2s", control.substring(0, dot).trim()).replace(' ', '0');
        String name = CATEGORIES.get(number);
        return name == null ? number : number + " " + name;
    }

    private static boolean matches(QuerySpec query, String control, String needle) {
        if (needle.isEmpty()) {
            return true;
        }
        return contains(query.title(), needle) || contains(query.question(), needle) || contains(query.id(), needle)
                || contains(control, needle);
    }

    private static boolean contains(String text, String needle) {
        return text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
