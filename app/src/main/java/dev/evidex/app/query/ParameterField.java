package dev.evidex.app.query;

import static java.util.Objects.requireNonNull;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One field of the parameter form: its spec and the text the user entered (default first). */
public final class ParameterField {
    private final ParameterSpec spec;
    private final StringProperty text;

    public ParameterField(ParameterSpec spec) {
        this.spec = requireNonNull(spec, "spec is null");
        this.text = new SimpleStringProperty(spec.defaultValue().orElse(""));
    }

    public ParameterSpec spec() {
        return spec;
    }

    public StringProperty textProperty() {
        return text;
    }
}
