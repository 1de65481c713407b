package dev.evidex.app.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light and dark themes (AtlantaFX Primer) plus the app's own stylesheet. */
public final class Themes {
    public static final String APP_STYLESHEET = "/dev/evidex/app/common/evidex.css";

    private Themes() {}

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static String appStylesheet() {
        return Themes.class.getResource(APP_STYLESHEET).toExternalForm();
    }
}
