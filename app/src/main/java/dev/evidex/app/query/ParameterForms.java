package dev.evidex.app.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The typed parameter form: a date picker, text field or choice per parameter. */
final class ParameterForms {
    private static final Pattern RELATIVE_DAY = Pattern.compile("today(?:-([0-9]{1,5})d)?");

    private ParameterForms() {}

    /** @param clock the clock the queries bind relative days with, so a picker shows the day that will be sent */
    static void bind(GridPane form, ObservableList<ParameterField> fields, Supplier<Clock> clock) {
        rebuild(form, fields, clock);
        fields.addListener((ListChangeListener<ParameterField>) change -> rebuild(form, fields, clock));
    }

    private static void rebuild(GridPane form, ObservableList<ParameterField> fields, Supplier<Clock> clock) {
        form.getChildren().clear();
        for (int row = 0; row < fields.size(); row++) {
            ParameterField field = fields.get(row);
            Label label = new Label(field.spec().name());
            // Names are short: never cut them to "versi…" to make room for the description.
            label.setMinWidth(Region.USE_PREF_SIZE);
            Node input = input(field, clock);
            input.setId("parameter-" + field.spec().name());
            Tooltip.install(input, new Tooltip(field.spec().description()));
            label.setLabelFor(input);
            Label description = new Label(field.spec().description());
            description.getStyleClass().add("text-muted");
            form.addRow(row, label, input, description);
        }
    }

    private static Node input(ParameterField field, Supplier<Clock> clock) {
        switch (field.spec().kind()) {
            case DATE:
                return datePicker(field, clock.get());
            case CHOICE:
                ComboBox<String> choice = new ComboBox<>();
                choice.getItems().setAll(field.spec().choices());
                choice.valueProperty().bindBidirectional(field.textProperty());
                return choice;
            default:
                TextField text = new TextField();
                text.setPrefColumnCount(18);
                text.textProperty().bindBidirectional(field.textProperty());
                if (field.spec().kind() == ParameterKind.VERSION_RANGE) {
                    text.setPromptText(">=2.0,<2.17.1");
                } else if (field.spec().kind() == ParameterKind.TIMESTAMP) {
                    text.setPromptText("2025-01-31T00:00:00Z");
                }
                return text;
        }
    }

    /** Relative defaults such as {@code today-90d} show as their day; a picked day is sent as ISO text. */
    private static DatePicker datePicker(ParameterField field, Clock clock) {
        DatePicker picker = new DatePicker();
        picker.setEditable(true);
        picker.setPrefWidth(150);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                return resolve(text, clock).orElse(null);
            }
        });
        picker.setValue(resolve(field.textProperty().get(), clock).orElse(null));
        picker.valueProperty().addListener((observable, before, after) ->
                field.textProperty().set(after == null ? "" : after.toString()));
        return picker;
    }

    static Optional<LocalDate> resolve(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher relative = RELATIVE_DAY.matcher(text.trim());
        if (relative.matches()) {
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            return Optional.of(relative.group(1) == null ? today : today.minusDays(Long.parseLong(relative.group(1))));
        }
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
