package folio.content;

import folio.content.YamlNode.Field;
import folio.content.YamlNode.Scalar;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills a raw record ({@link Raw}) from a YAML mapping through its canonical constructor: key
 * {@code base_url} fills component {@code baseUrl}. Components may be String, Integer, Boolean, a
 * record, or a List or Map of those; {@code Map<String, Object>} takes free-form values as
 * Jackson typed them. Absent keys and empty values give null; how a scalar fills a text, number or
 * truth is {@link ScalarFields}'. The first problem, in document order, stops the mapping and
 * becomes a diagnostic at the innermost key.
 */
public final class RecordMapper {
    private RecordMapper() {}

    /** Why a node does not fit; {@code key} is the innermost key above the problem, null at the top. */
    sealed interface Problem {
        Scalar key();
    }

    /** A key the record does not have; {@code known} lists the keys it has, sorted. */
    record UnknownKey(Scalar key, List<String> known) implements Problem {}

    /**
     * A value of the wrong kind; {@code found} is the scalar's text when a scalar of the wrong form was given,
     * {@code given} names a list or a mapping given instead (else null), and {@code whole}, for a whole number,
     * the range its component takes ({@link Raw.Whole}), or null; {@code item}: the value is an item of the list
     * under {@code key}.
     */
    record WrongType(Scalar key, Class<?> expected, String found, String given, Raw.Whole whole, boolean item)
            implements Problem {
        WrongType(Scalar key, Class<?> expected, String found) {
            this(key, expected, found, null, null, false);
        }
    }

    /** A list item with no value ("- " alone, or ~): nothing downstream can use it. */
    record EmptyItem(Scalar key, YamlNode item) implements Problem {}

    /**
     * A key of a mapping of texts ({@code menu:} labels) with nothing after it, or a text field the entry can go
     * without given "" or blanks (on one it cannot, {@link #record} leaves that to the assembly, as {@code ~}).
     */
    record EmptyText(Scalar key) implements Problem {}

    /** A reference, citation or link ({@code mark} starts it) in a text that is not read as Markdown. */
    record MarkupInPlainText(Scalar key, String mark) implements Problem {}

    /** A problem thrown from where it is found to {@link #convert}; no stack trace (it is data, not a bug). */
    static final class Mismatch extends RuntimeException {
        final transient Problem problem;

        Mismatch(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }

        static Mismatch wrongType(Scalar key, Class<?> expected, String found) {
            return new Mismatch(new WrongType(key, expected, found));
        }

        /** {@code node} does not fit {@code expected}: a scalar is told by its text, a list or mapping by its kind. */
        static Mismatch wrongType(Scalar key, Class<?> expected, YamlNode node) {
            return new Mismatch(new WrongType(key, expected, node instanceof Scalar scalar ? scalar.text() : null,
                    node instanceof YamlNode.Sequence ? "a list" : node instanceof YamlNode.Mapping ? "a mapping" : null,
                    null, false));
        }
    }

    /**
     * The record of {@code type} that {@code node} (a node of {@code document}) describes. Unknown
     * keys and wrong types become a diagnostic at the offending key, or at {@code entryAt} when
     * the problem is the node itself; {@code what} names the node in messages ("actor").
     */
    public static <T> Optional<T> convert(YamlNode node, Class<T> type, YamlReader.Located document,
                                          SourcePosition entryAt, String what, Diagnostics diagnostics) {
        try {
            return Optional.ofNullable(type.cast(record(node, type, null)));
        } catch (Mismatch e) {
            SourcePosition where = e.problem instanceof EmptyItem empty ? document.at(empty.item())
                    : e.problem.key() == null ? entryAt : document.at(e.problem.key());
            diagnostics.error(where, MapperMessages.of(e.problem, what));
        }
        return Optional.empty();
    }

    private static Object record(YamlNode node, Class<?> type, Scalar key) {
        if (node.isNull()) {
            return null;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            // A text glued like "text:Foo" is named by MapperMessages, so the message can say what went wrong.
            throw Mismatch.wrongType(key, type, node);
        }
        RecordShape shape = RecordShape.of(type);
        Object[] values = new Object[shape.types().length];
        for (Field field : mapping.fields()) {
            Integer at = shape.index().get(field.key().text());
            if (at == null) {
                throw new Mismatch(new UnknownKey(field.key(), shape.keys()));
            }
            if (shape.needs(field.key().text()) && field.value() instanceof Scalar scalar && !scalar.isNull()
                    && scalar.text().isBlank()) {
                // A blank "" on a key the entry cannot go without is as empty as ~: the assembly tells both at the key,
                // with what the key takes (a date, an address, the id of an actor), where this could only say "text".
                continue;
            }
            try {
                values[at] = value(field.value(), shape.types()[at], shape.singleAsList()[at], field.key());
            } catch (Mismatch e) {
                throw told(e, field.key(), type.getRecordComponents()[at]);
            }
            // A menu label is only ever words, so HTML and ** in it are mistakes too; other plain texts
            // may speak of <tags> (HostileInputTest: they are shown escaped, as typed).
            String mark = !(values[at] instanceof String text) || shape.inline()[at] ? null
                    : type == Raw.MenuItem.class ? PlainTextMarkup.in(text) : PlainTextMarkup.linkIn(text);
            if (mark != null) {
                throw new Mismatch(new MarkupInPlainText(field.key(), mark));
            }
        }
        return shape.construct(values);
    }

    /**
     * {@code e}, thrown reading the value of {@code key} ({@code component}), as it is told: a number past what the
     * field holds is told the field's own range (read only on this path).
     */
    private static Mismatch told(Mismatch e, Scalar key, java.lang.reflect.RecordComponent component) {
        if (e.problem instanceof WrongType wrong && wrong.key() == key && wrong.expected() == Integer.class) {
            return new Mismatch(new WrongType(key, wrong.expected(), wrong.found(), wrong.given(),
                    component.getAnnotation(Raw.Whole.class), wrong.item()));
        }
        return e;
    }

    private static Object value(YamlNode node, Type type, boolean singleAsList, Scalar key) {
        if (type == String.class) {
            return ScalarFields.text(node, key);
        }
        if (type == Integer.class) {
            return ScalarFields.whole(node, key);
        }
        if (type == Boolean.class) {
            return ScalarFields.truth(node, key);
        }
        if (type instanceof Class<?> plain && plain.isRecord()) {
            return record(node, plain, key);
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            return list(node, generic.getActualTypeArguments()[0], singleAsList, key);
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            Type valueType = generic.getActualTypeArguments()[1];
            return valueType == Object.class ? freeForm(node, key) : map(node, valueType, key);
        }
        throw new IllegalStateException("the YAML mapper cannot fill a " + type);
    }

    private static List<Object> list(YamlNode node, Type itemType, boolean singleAsList, Scalar key) {
        if (node.isNull()) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        if (node instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                // A quoted "" or blank item is as empty as a missing one (an id '', a provision null).
                if (item.isNull() || item instanceof Scalar scalar && scalar.text().isBlank()) {
                    throw new Mismatch(new EmptyItem(key, item));
                }
                try {
                    items.add(value(item, itemType, false, key));
                } catch (Mismatch e) {
                    // Told as an item's problem: "write the text after sources:" would be wrong for [a, [b]].
                    throw e.problem instanceof WrongType wrong && wrong.key() == key && !wrong.item()
                            ? new Mismatch(new WrongType(key, wrong.expected(), wrong.found(), wrong.given(), null, true)) : e;
                }
            }
        } else if (singleAsList && node instanceof Scalar) {
            items.add(value(node, itemType, false, key));
        } else {
            throw Mismatch.wrongType(key, List.class, node);
        }
        return items;
    }

    private static Map<String, Object> map(YamlNode node, Type valueType, Scalar key) {
        if (node.isNull()) {
            return null;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            throw Mismatch.wrongType(key, Map.class, node);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Field field : mapping.fields()) {
            if (valueType == String.class && field.value().isNull()) {
                throw new Mismatch(new EmptyText(field.key()));
            }
            Object value = value(field.value(), valueType, false, field.key());
            String mark = value instanceof String text ? PlainTextMarkup.in(text) : null;
            if (mark != null) {
                throw new Mismatch(new MarkupInPlainText(field.key(), mark)); // a language's menu: labels, only words
            }
            map.put(field.key().text(), value);
        }
        return map;
    }

    private static Map<String, Object> freeForm(YamlNode node, Scalar key) {
        if (node.isNull()) {
            return null;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            throw Mismatch.wrongType(key, Map.class, node);
        }
        return plainMap(mapping);
    }

    /** The plain Java value of a free-form node: String, Integer, Long, BigInteger, Double, Boolean, List, Map or null. */
    private static Object plainValue(YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping) {
            return plainMap(mapping);
        }
        if (node instanceof YamlNode.Sequence sequence) {
            List<Object> list = new ArrayList<>(sequence.items().size());
            sequence.items().forEach(item -> list.add(plainValue(item)));
            return list;
        }
        return ((Scalar) node).value();
    }

    private static Map<String, Object> plainMap(YamlNode.Mapping mapping) {
        Map<String, Object> map = new LinkedHashMap<>();
        mapping.fields().forEach(field -> map.put(field.key().text(), plainValue(field.value())));
        return map;
    }
}
