package dev.evidex.querypack.duckdb;

/**
 * {@code sbom_package_names}: per image digest, the SHA-256 of the sorted distinct package names of
 * all its SBOMs ({@code names_sha256}, each name length-prefixed so the encoding is unambiguous) and
 * whether any package has no name ({@code has_unnamed}). Whether two digests have the same package
 * names is then one comparison instead of unnesting both SBOMs; digests without any package row are
 * absent, as they are from {@code sbom_packages}. The index keeps it current for the digests each
 * update touches; over the batch objects it is a view with the same definition.
 */
final class SbomPackageNames {
    static final String TABLE = "sbom_package_names";

    private SbomPackageNames() {}

    static String createTableSql() {
        return "CREATE TABLE " + TABLE + " (\"digest\" VARCHAR, names_sha256 VARCHAR, has_unnamed BOOLEAN)";
    }

    static String createViewSql() {
        return "CREATE OR REPLACE VIEW " + TABLE + " AS " + selectSql("true");
    }

    /** Recomputes the rows of the digests chosen by {@code digests} (a query returning digests). */
    static String[] refreshSql(String digests) {
        return new String[] {
            "DELETE FROM " + TABLE + " WHERE \"digest\" IN (" + digests + ")",
            "INSERT INTO " + TABLE + " " + selectSql("\"digest\" IN (" + digests + ")")
        };
    }

    private static String selectSql(String condition) {
        return "SELECT \"digest\", sha256(array_to_string(list_transform(list_sort(list_distinct(list(\"name\"))),"
                + " x -> length(x) || ':' || x), '')) AS names_sha256,"
                + " bool_or(\"name\" IS NULL) AS has_unnamed FROM " + SbomPackages.TABLE
                + " WHERE \"digest\" IS NOT NULL AND (" + condition + ") GROUP BY \"digest\"";
    }
}
