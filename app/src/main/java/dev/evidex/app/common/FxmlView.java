package dev.evidex.app.common;

/** Every FXML view of the app, in one place. */
public enum FxmlView {
    START("/dev/evidex/app/signin/start.fxml"),
    MAIN("/dev/evidex/app/main/main.fxml"),
    QUERY("/dev/evidex/app/query/query.fxml"),
    STORE_HEALTH("/dev/evidex/app/health/store-health.fxml"),
    INSPECTOR("/dev/evidex/app/inspect/inspector.fxml"),
    SETTINGS("/dev/evidex/app/settings/settings.fxml"),
    EXPORT_WIZARD("/dev/evidex/app/export/export-wizard.fxml");

    private final String resource;

    FxmlView(String resource) {
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }
}
