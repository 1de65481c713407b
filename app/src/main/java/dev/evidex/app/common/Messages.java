package dev.evidex.app.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The app's text, from {@code dev/evidex/app/messages.properties}. */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.evidex.app.messages", Locale.ROOT);

    private Messages() {}

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    public static String get(String key) {
        return BUNDLE.getString(key);
    }

    public static String format(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(arguments);
    }
}
