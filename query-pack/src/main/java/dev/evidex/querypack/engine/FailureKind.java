package dev.evidex.querypack.engine;

/** Why an execution failed, in the terms an operator acts on. */
public enum FailureKind {
    ACCESS_DENIED("access denied"),
    TABLE_NOT_FOUND("table not found"),
    SYNTAX_ERROR("SQL syntax error"),
    CANCELLED("cancelled"),
    STORE_ERROR("evidence store unreadable"),
    ENGINE_ERROR("engine error");

    private final String description;

    FailureKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
