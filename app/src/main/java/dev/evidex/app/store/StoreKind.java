package dev.evidex.app.store;

/** How an evidence store was opened. */
public enum StoreKind {
    /** A local evidence store folder chosen by the user. */
    LOCAL,
    /** The demo store, generated on first use. */
    DEMO,
    /** Evidence in AWS (Athena and S3) reached with IAM Identity Center credentials. */
    AWS
}
