package dev.evidex.verification.sbom;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Orders version strings the way Maven's ComparableVersion and semver agree on: numeric parts
 * numerically ({@code 2.10 > 2.9}), a release above its pre-releases ({@code 2.0.0-rc1 < 2.0.0}),
 * qualifiers {@code alpha < beta < milestone < rc < snapshot < release < sp}, a leading {@code v}
 * and semver build metadata ({@code +...}) ignored, and trailing zeros insignificant.
 */
public final class Versions {
    private static final Map<String, Integer> QUALIFIERS = Map.ofEntries(
            Map.entry("alpha", 1), Map.entry("a", 1), Map.entry("beta", 2), Map.entry("b", 2),
            Map.entry("milestone", 3), Map.entry("m", 3), Map.entry("rc", 4), Map.entry("cr", 4),
            Map.entry("snapshot", 5), Map.entry("", 6), Map.entry("ga", 6), Map.entry("final", 6),
            Map.entry("release", 6), Map.entry("sp", 7));
    private static final int UNKNOWN_QUALIFIER = 0;

    /** The ordering; usable as a {@link Comparator} of version strings. */
    public static final Comparator<String> ORDER = Versions::compare;

    private Versions() {}

    public static int compare(String left, String right) {
        List<Object> a = tokens(left);
        List<Object> b = tokens(right);
        for (int index = 0; index < Math.max(a.size(), b.size()); index++) {
            int result = compareToken(index < a.size() ? a.get(index) : null, index < b.size() ? b.get(index) : null);
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }

    /** Missing tokens act as 0 against numbers and as a release against qualifiers. */
    private static int compareToken(Object left, Object right) {
        if (left instanceof BigInteger l && right instanceof BigInteger r) {
            return l.compareTo(r);
        }
        if (left instanceof String l && right instanceof String r) {
            int byRank = Integer.compare(rank(l), rank(r));
            return byRank != 0 || rank(l) != UNKNOWN_QUALIFIER ? byRank : l.compareTo(r);
        }
        if (left == null) {
            return right instanceof BigInteger r ? BigInteger.ZERO.compareTo(r) : Integer.compare(rank(""), rank((String) right));
        }
        if (right == null) {
            return -compareToken(right, left);
        }
        // a number outranks a qualifier: 1.0.1 > 1.0-rc1
        return left instanceof BigInteger ? 1 : -1;
    }

    private static int rank(String qualifier) {
        return QUALIFIERS.getOrDefault(qualifier, UNKNOWN_QUALIFIER);
    }

    private static List<Object> tokens(String version) {
        String text = version.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("v") && text.length() > 1 && Character.isDigit(text.charAt(1))) {
            text = text.substring(1);
        }
        int plus = text.indexOf('+');
        if (plus >= 0) {
            text = text.substring(0, plus);
        }
        List<Object> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int index = 0; index <= text.length(); index++) {
            char character = index < text.length() ? text.charAt(index) : '.';
            boolean separator = character == '.' || character == '-' || character == '_';
            boolean kindChanges = current.length() > 0 && !separator
                    && Character.isDigit(character) != Character.isDigit(current.charAt(current.length() - 1));
            if (separator || kindChanges) {
                addToken(tokens, current.toString());
                current.setLength(0);
            }
            if (!separator) {
                current.append(character);
            }
        }
        while (!tokens.isEmpty() && BigInteger.ZERO.equals(tokens.get(tokens.size() - 1))) {
            tokens.remove(tokens.size() - 1);
        }
        return tokens;
    }

    private static void addToken(List<Object> tokens, String token) {
        if (token.isEmpty()) {
            return;
        }
        tokens.add(Character.isDigit(token.charAt(0)) ? new BigInteger(token) : token);
    }
}
