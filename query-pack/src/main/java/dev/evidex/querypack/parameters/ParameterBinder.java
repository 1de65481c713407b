package dev.evidex.querypack.parameters;

import static java.util.Objects.requireNonNull;

import dev.evidex.querypack.pack.BindReference;
import dev.evidex.querypack.pack.QueryDefinition;
import dev.evidex.querypack.pack.QueryParameter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Resolves user-given parameter texts and defaults into typed values and placeholder arguments. */
public final class ParameterBinder {
    private static final Pattern RELATIVE_DAY = Pattern.compile("today(?:-([0-9]{1,5})d)?");

    private final Clock clock;

    public ParameterBinder(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
    }

    public BoundQuery bind(QueryDefinition query, Map<String, String> given) throws ParameterInputException {
        for (String name : given.keySet()) {
            if (query.parameter(name).isEmpty()) {
                throw new ParameterInputException("unknown parameter '" + name + "' for query " + query.id()
                        + " (parameters: " + query.parameters().stream().map(QueryParameter::name)
                        .collect(Collectors.joining(", ")) + ")");
            }
        }
        Map<String, ParameterValue> values = new LinkedHashMap<>();
        for (QueryParameter parameter : query.parameters()) {
            Optional<String> text = Optional.ofNullable(given.get(parameter.name())).or(parameter::defaultValue);
            if (text.isEmpty()) {
                throw new ParameterInputException("missing required parameter '" + parameter.name() + "' for query "
                        + query.id() + " (" + parameter.description() + ")");
            }
            values.put(parameter.name(), parse(parameter, text.get()));
        }
        List<SqlArgument> arguments = new ArrayList<>();
        for (BindReference binding : query.bindings()) {
            arguments.add(values.get(binding.parameter()).part(binding.part()));
        }
        return new BoundQuery(query, values, arguments);
    }

    private ParameterValue parse(QueryParameter parameter, String text) throws ParameterInputException {
        switch (parameter.type()) {
            case DATE:
                return new ParameterValue.DateValue(date(parameter, text));
            case TIMESTAMP:
                return new ParameterValue.TimestampValue(timestamp(parameter, text));
            case VERSION_RANGE:
                return new ParameterValue.VersionRangeValue(VersionRange.parse(text).orElseThrow(() ->
                        invalid(parameter, "a version range such as '<2.17.1', '>=2.0,<2.17.1' or '=2.14.1'", text)));
            case ENUM:
                if (!parameter.values().contains(text)) {
                    throw invalid(parameter, "one of " + String.join(", ", parameter.values()), text);
                }
                return new ParameterValue.TextValue(text);
            default:
                return new ParameterValue.TextValue(text);
        }
    }

    private LocalDate date(QueryParameter parameter, String text) throws ParameterInputException {
        Matcher relative = RELATIVE_DAY.matcher(text);
        if (relative.matches()) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            return relative.group(1) == null ? today : today.minusDays(Long.parseLong(relative.group(1)));
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(parameter, "a date (YYYY-MM-DD, 'today' or 'today-<n>d')", text);
        }
    }

    private Instant timestamp(QueryParameter parameter, String text) throws ParameterInputException {
        if ("now".equals(text)) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(parameter, "an RFC 3339 timestamp (2024-05-01T12:00:00Z) or 'now'", text);
        }
    }

    private static ParameterInputException invalid(QueryParameter parameter, String expected, String text) {
        return new ParameterInputException("parameter '" + parameter.name() + "' expects " + expected
                + ", got '" + text + "'");
    }
}
