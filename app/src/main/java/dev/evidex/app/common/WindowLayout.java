package dev.evidex.app.common;

import java.util.Optional;
import java.util.Properties;

/** Where the main window was and how it was split, so the next launch looks the same. */
public record WindowLayout(double x, double y, double width, double height, boolean maximized,
        double navigationDivider, boolean dark) {

    public static final WindowLayout DEFAULT = new WindowLayout(Double.NaN, Double.NaN, 1280, 800, false, 0.24, false);
    private static final double MINIMUM_WIDTH = 640;
    private static final double MINIMUM_HEIGHT = 480;

    public WindowLayout {
        width = Math.max(width, MINIMUM_WIDTH);
        height = Math.max(height, MINIMUM_HEIGHT);
        navigationDivider = Math.min(Math.max(navigationDivider, 0.1), 0.6);
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    public WindowLayout withDark(boolean value) {
        return new WindowLayout(x, y, width, height, maximized, navigationDivider, value);
    }

    Properties toProperties() {
        Properties properties = new Properties();
        properties.setProperty("x", Double.toString(x));
        properties.setProperty("y", Double.toString(y));
        properties.setProperty("width", Double.toString(width));
        properties.setProperty("height", Double.toString(height));
        properties.setProperty("maximized", Boolean.toString(maximized));
        properties.setProperty("navigationDivider", Double.toString(navigationDivider));
        properties.setProperty("dark", Boolean.toString(dark));
        return properties;
    }

    static WindowLayout fromProperties(Properties properties) {
        return new WindowLayout(number(properties, "x").orElse(Double.NaN), number(properties, "y").orElse(Double.NaN),
                number(properties, "width").orElse(DEFAULT.width()), number(properties, "height").orElse(DEFAULT.height()),
                Boolean.parseBoolean(properties.getProperty("maximized")),
                number(properties, "navigationDivider").orElse(DEFAULT.navigationDivider()),
                Boolean.parseBoolean(properties.getProperty("dark")));
    }

    private static Optional<Double> number(Properties properties, String key) {
        try {
            return Optional.ofNullable(properties.getProperty(key)).map(Double::parseDouble);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
