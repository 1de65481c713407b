package dev.evidex.app.export;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A query offered by the wizard: whether it is chosen, and its parameters as {@code name=value; ...}. */
public final class QueryChoice {
    private final String id;
    private final String title;
    private final BooleanProperty selected = new SimpleBooleanProperty();
    private final StringProperty parameters = new SimpleStringProperty("");

    public QueryChoice(String id, String title) {
        this.id = requireNonNull(id, "id is null");
        this.title = requireNonNull(title, "title is null");
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public StringProperty parametersProperty() {
        return parameters;
    }

    /** The parameters typed, parsed; a malformed pair is an error naming it. */
    public Map<String, String> parameterValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : parameters.get().split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("parameter '" + pair.strip() + "' of " + id + " must be name=value");
            }
            values.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return values;
    }

    @Override
    public String toString() {
        return title + " (" + id + ")";
    }
}
