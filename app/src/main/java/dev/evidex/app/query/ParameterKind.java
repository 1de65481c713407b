package dev.evidex.app.query;

/** How a query parameter is entered in the form. */
public enum ParameterKind {
    /** A UTC day: a date picker; relative values such as {@code today-30d} are accepted too. */
    DATE,
    /** An RFC 3339 instant. */
    TIMESTAMP,
    TEXT,
    /** A version range such as {@code >=2.0,<2.17.1}. */
    VERSION_RANGE,
    /** One of a fixed list. */
    CHOICE
}
