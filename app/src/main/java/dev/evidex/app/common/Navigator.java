package dev.evidex.app.common;

import dev.evidex.app.store.EvidenceStore;

/** Moves between the app's windows; controllers call it instead of building stages themselves. */
public interface Navigator {
    /** The start screen: sign in, open a folder or the demo store. */
    void showStart();

    /** The main window on an opened store. */
    void showMain(EvidenceStore store);

    /** Opens a web page in the user's browser (the SSO verification page). */
    void openInBrowser(String url);
}
