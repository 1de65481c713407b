package dev.evidex.app.common;

import dev.evidex.app.health.HealthState;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;

/** Green, red and neutral status badges, shared by the health view, the toolbar and the inspector. */
public final class Badges {
    public static final String OK = "badge-ok";
    public static final String FAILED = "badge-failed";
    public static final String NEUTRAL = "badge-neutral";
    private static final List<String> ALL = List.of(OK, FAILED, NEUTRAL);

    private Badges() {}

    public static void bind(Label badge, ObservableValue<HealthState> state) {
        badge.getStyleClass().add("badge");
        show(badge, state.getValue());
        state.addListener((observable, before, after) -> show(badge, after));
    }

    public static void show(Label badge, HealthState state) {
        switch (state) {
            case VERIFIED -> set(badge, OK, "✓ " + Messages.get("health.badge.verified"));
            case FAILED -> set(badge, FAILED, "✗ " + Messages.get("health.badge.failed"));
            case ERROR -> set(badge, FAILED, "✗ " + Messages.get("health.badge.error"));
            case RUNNING -> set(badge, NEUTRAL, Messages.get("health.badge.running"));
            case CANCELLED -> set(badge, NEUTRAL, Messages.get("health.badge.cancelled"));
            default -> set(badge, NEUTRAL, Messages.get("health.badge.notVerified"));
        }
    }

    public static void set(Label badge, String styleClass, String text) {
        if (!badge.getStyleClass().contains("badge")) {
            badge.getStyleClass().add("badge");
        }
        badge.getStyleClass().removeAll(ALL);
        badge.getStyleClass().add(styleClass);
        badge.setText(text);
    }

    /** Table rows tinted red when {@code passed} is false. */
    public static <T> TableRow<T> statusRow(Predicate<T> passed) {
        return new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("row-failed");
                if (!empty && item != null && !passed.test(item)) {
                    getStyleClass().add("row-failed");
                }
            }
        };
    }
}
