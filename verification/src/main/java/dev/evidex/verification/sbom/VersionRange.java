package dev.evidex.verification.sbom;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version range: comparisons joined by commas or spaces ({@code < 2.17.1}, {@code >=2.0, <2.17.1},
 * {@code =1.2.3}) or a Maven range ({@code [2.0,2.17.1)}, {@code (,2.17.1)}, {@code [1.0]}).
 */
public record VersionRange(String text, List<Bound> bounds) {
    private static final Pattern COMPARISON = Pattern.compile("(<=|>=|==|!=|<|>|=)?\\s*([^\\s,<>=!]+)");

    /** One comparison: {@code operator} is one of {@code < <= > >= = !=}. */
    public record Bound(String operator, String version) {
        public Bound {
            requireNonNull(operator, "operator is null");
            requireNonNull(version, "version is null");
        }

        boolean admits(String candidate) {
            int order = Versions.compare(candidate, version);
            return switch (operator) {
                case "<" -> order < 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                case ">=" -> order >= 0;
                case "!=" -> order != 0;
                default -> order == 0;
            };
        }
    }

    public VersionRange {
        requireNonNull(text, "text is null");
        bounds = List.copyOf(requireNonNull(bounds, "bounds is null"));
    }

    public static VersionRange parse(String text) {
        String range = text.strip();
        List<Bound> bounds = range.startsWith("[") || range.startsWith("(") ? maven(range) : comparisons(range);
        if (bounds.isEmpty()) {
            throw new IllegalArgumentException("empty version range '" + text + "'");
        }
        return new VersionRange(range, bounds);
    }

    public boolean contains(String version) {
        return bounds.stream().allMatch(bound -> bound.admits(version));
    }

    private static List<Bound> comparisons(String range) {
        List<Bound> bounds = new ArrayList<>();
        Matcher matcher = COMPARISON.matcher(range);
        int end = 0;
        while (matcher.find()) {
            if (!range.substring(end, matcher.start()).replaceAll("[\\s,]", "").isEmpty()) {
                throw new IllegalArgumentException("cannot read version range '" + range + "'");
            }
            String operator = matcher.group(1) == null || matcher.group(1).equals("==") ? "=" : matcher.group(1);
            bounds.add(new Bound(operator, matcher.group(2)));
            end = matcher.end();
        }
        if (!range.substring(end).isBlank()) {
            throw new IllegalArgumentException("cannot read version range '" + range + "'");
        }
        return bounds;
    }

    private static List<Bound> maven(String range) {
        if (!(range.endsWith("]") || range.endsWith(")"))) {
            throw new IllegalArgumentException("Maven range '" + range + "' is not closed with ] or )");
        }
        String inner = range.substring(1, range.length() - 1);
        int comma = inner.indexOf(',');
        if (comma < 0) {
            return List.of(new Bound("=", inner.strip()));
        }
        List<Bound> bounds = new ArrayList<>();
        String lower = inner.substring(0, comma).strip();
        String upper = inner.substring(comma + 1).strip();
        if (!lower.isEmpty()) {
            bounds.add(new Bound(range.startsWith("[") ? ">=" : ">", lower));
        }
        if (!upper.isEmpty()) {
            bounds.add(new Bound(range.endsWith("]") ? "<=" : "<", upper));
        }
        return bounds;
    }
}
