package folio.content;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A YAML value with the file line and column it was written at, as Jackson's streaming parser
 * reported them ({@code currentTokenLocation()}). Small on purpose: a page's front matter stays
 * alive to the end of assembly so that later checks can point at the key they concern.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {
    /** The file line (1-based) on which the node starts. */
    int line();

    /** The column (1-based) at which the node starts. */
    int column();

    /**
     * A scalar: its text as written (never null), and its value as YAML 1.1 reads an unquoted
     * scalar ({@code yes} true, {@code 012} ten, {@code ~} null); quoted text is always a String.
     * {@code isNull} holds for an empty value, {@code ~} and {@code null} written without quotes.
     */
    record Scalar(String text, Object value, boolean isNull, int line, int column) implements YamlNode {}

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {}

    /** One {@code key: value} of a mapping; the key keeps its own position. */
    record Field(Scalar key, YamlNode value) {}

    record Mapping(List<Field> fields, int line, int column) implements YamlNode {
        /** The value under {@code key}, if this mapping has that key. */
        public Optional<YamlNode> get(String key) {
            for (Field field : fields) {
                if (field.key().text().equals(key)) {
                    return Optional.of(field.value());
                }
            }
            return Optional.empty();
        }
    }

    /** The value under {@code key} when this node is a mapping that has that key. */
    default Optional<YamlNode> get(String key) {
        return this instanceof Mapping mapping ? mapping.get(key) : Optional.empty();
    }

    /** The elements of a list; none for any other node. */
    default List<YamlNode> items() {
        return this instanceof Sequence sequence ? sequence.items() : List.of();
    }

    /** A scalar's text as written; "" for an empty value, a list or a mapping. */
    default String text() {
        return this instanceof Scalar scalar && !scalar.isNull() ? scalar.text() : "";
    }

    /** True for an empty value, {@code ~} or {@code null} written without quotes. */
    default boolean isNull() {
        return this instanceof Scalar scalar && scalar.isNull();
    }

    /**
     * The key {@code name} here or below: a key of this mapping first, else the first such key
     * in document order, at any depth.
     */
    default Optional<Scalar> findKey(String name) {
        return findField(name).map(Field::key);
    }

    /** The field whose key {@link #findKey} finds. */
    default Optional<Field> findField(String name) {
        Optional<Field> own = this instanceof Mapping mapping
                ? mapping.fields().stream().filter(f -> f.key().text().equals(name)).findFirst() : Optional.empty();
        return own.or(() -> find(f -> f.key().text().equals(name)));
    }

    /** The first field, in document order at any depth, that {@code test} accepts. */
    default Optional<Field> find(Predicate<Field> test) {
        if (this instanceof Mapping mapping) {
            for (Field field : mapping.fields()) {
                if (test.test(field)) {
                    return Optional.of(field);
                }
                Optional<Field> below = field.value().find(test);
                if (below.isPresent()) {
                    return below;
                }
            }
        }
        for (YamlNode item : items()) {
            Optional<Field> below = item.find(test);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }
}
