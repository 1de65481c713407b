package dev.evidex.querypack.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A column type of the logical schema, written in Hive type syntax ({@code string}, {@code bigint},
 * {@code boolean}, {@code array<T>}, {@code struct<name:T,...>}) because that is what the Glue table
 * declares; the DuckDB forms are derived from it so the two can never drift apart silently.
 */
public sealed interface ColumnType {

    /** The type as Hive/Glue DDL writes it. */
    String hiveName();

    /** The type as DuckDB writes it (for {@code DESCRIBE} comparisons and {@code read_json} columns). */
    String duckDbName();

    /** The structure argument of DuckDB's {@code json_transform} for this type. */
    String jsonStructure();

    static ColumnType parse(String hiveType) {
        return new HiveTypeParser(hiveType).parse();
    }

    enum Primitive implements ColumnType {
        STRING("string", "VARCHAR"),
        BIGINT("bigint", "BIGINT"),
        BOOLEAN("boolean", "BOOLEAN");

        private final String hiveName;
        private final String duckDbName;

        Primitive(String hiveName, String duckDbName) {
            this.hiveName = hiveName;
            this.duckDbName = duckDbName;
        }

        @Override
        public String hiveName() {
            return hiveName;
        }

        @Override
        public String duckDbName() {
            return duckDbName;
        }

        @Override
        public String jsonStructure() {
            return "\"" + duckDbName + "\"";
        }
    }

    record ArrayType(ColumnType element) implements ColumnType {
        public ArrayType {
            requireNonNull(element, "element is null");
        }

        @Override
        public String hiveName() {
            return "array<" + element.hiveName() + ">";
        }

        @Override
        public String duckDbName() {
            return element.duckDbName() + "[]";
        }

        @Override
        public String jsonStructure() {
            return "[" + element.jsonStructure() + "]";
        }
    }

    record StructType(List<Field> fields) implements ColumnType {
        public StructType {
            fields = List.copyOf(fields);
        }

        @Override
        public String hiveName() {
            return fields.stream().map(f -> f.name() + ":" + f.type().hiveName())
                    .collect(Collectors.joining(",", "struct<", ">"));
        }

        @Override
        public String duckDbName() {
            return fields.stream().map(f -> f.name() + " " + f.type().duckDbName())
                    .collect(Collectors.joining(", ", "STRUCT(", ")"));
        }

        @Override
        public String jsonStructure() {
            return fields.stream().map(f -> "\"" + f.name() + "\":" + f.type().jsonStructure())
                    .collect(Collectors.joining(",", "{", "}"));
        }
    }

    record Field(String name, ColumnType type) {
        public Field {
            requireNonNull(name, "name is null");
            requireNonNull(type, "type is null");
        }
    }
}
