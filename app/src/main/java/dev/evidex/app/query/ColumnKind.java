package dev.evidex.app.query;

/** Result column types; numbers sort numerically. */
public enum ColumnKind {
    TEXT,
    NUMBER,
    BOOLEAN
}
