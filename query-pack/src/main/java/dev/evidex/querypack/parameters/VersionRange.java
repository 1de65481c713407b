package dev.evidex.querypack.parameters;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of versions: {@code <2.17.1}, {@code >=2.0,<2.17.1}, {@code =2.14.1} or a bare version.
 * SQL compares versions by their dot-separated numeric parts (qualifiers such as {@code -rc1} are
 * ignored), which is how the queries compute version keys.
 */
public record VersionRange(Optional<Bound> lower, Optional<Bound> upper) {
    /** Bound when the range has no lower end: below every version. */
    static final String LOWEST = "0";
    /** Bound when the range has no upper end: above every version with numeric parts. */
    static final String HIGHEST = Long.toString(Long.MAX_VALUE);

    private static final Pattern CONDITION = Pattern.compile("(<=|>=|<|>|=)?\\s*([0-9][0-9A-Za-z.+_-]*)");

    public VersionRange {
        requireNonNull(lower, "lower is null");
        requireNonNull(upper, "upper is null");
    }

    public record Bound(String version, boolean inclusive) {
        public Bound {
            requireNonNull(version, "version is null");
        }
    }

    /** Parses a range; returns empty when the text is not a range. */
    public static Optional<VersionRange> parse(String text) {
        Optional<Bound> lower = Optional.empty();
        Optional<Bound> upper = Optional.empty();
        for (String condition : text.split(",", -1)) {
            Matcher matcher = CONDITION.matcher(condition.trim());
            if (!matcher.matches()) {
                return Optional.empty();
            }
            String operator = matcher.group(1) == null ? "=" : matcher.group(1);
            String version = matcher.group(2);
            boolean setsLower = operator.startsWith(">") || operator.equals("=");
            boolean setsUpper = operator.startsWith("<") || operator.equals("=");
            if ((setsLower && lower.isPresent()) || (setsUpper && upper.isPresent())) {
                return Optional.empty();
            }
            boolean inclusive = operator.endsWith("=");
            if (setsLower) {
                lower = Optional.of(new Bound(version, inclusive));
            }
            if (setsUpper) {
                upper = Optional.of(new Bound(version, inclusive));
            }
        }
        return Optional.of(new VersionRange(lower, upper));
    }

    /** The canonical text of the range, as receipts record it. */
    public String text() {
        String low = lower.map(b -> (b.inclusive() ? ">=" : ">") + b.version()).orElse("");
        String high = upper.map(b -> (b.inclusive() ? "<=" : "<") + b.version()).orElse("");
        if (lower.isPresent() && lower.equals(upper) && lower.get().inclusive()) {
            return "=" + lower.get().version();
        }
        return low.isEmpty() || high.isEmpty() ? low + high : low + "," + high;
    }

    SqlArgument part(String part) {
        switch (part) {
            case "lower":
                return new SqlArgument.Text(lower.map(Bound::version).orElse(LOWEST));
            case "lower_inclusive":
                return new SqlArgument.Flag(lower.map(Bound::inclusive).orElse(true));
            case "upper":
                return new SqlArgument.Text(upper.map(Bound::version).orElse(HIGHEST));
            case "upper_inclusive":
                return new SqlArgument.Flag(upper.map(Bound::inclusive).orElse(false));
            default:
                throw new IllegalArgumentException("a version range has no part " + part);
        }
    }
}
