package folio.content;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Fills a raw record from a YAML mapping through its canonical constructor: key {@code base_url}
 * fills component {@code baseUrl}. Components may be String, Integer, Boolean, a record, or a
 * List or Map of those; {@code Map<String, Object>} takes free-form values
 * ({@link YamlScalars#plainValue}). Absent keys and empty values give null. The first problem, in
 * document order, stops the mapping as a {@link Mismatch} naming the innermost key.
 */
final class RecordMapper {
    private RecordMapper() {}

    /** Why a node does not fit; {@code key} is the innermost key above the problem, null at the top. */
    sealed interface Problem {
        ScalarNode key();
    }

    /** A key the record does not have; {@code known} lists the keys it has, sorted. */
    record UnknownKey(ScalarNode key, List<String> known) implements Problem {}

    /** A value of the wrong kind; {@code found} is the scalar's text when a scalar of the wrong form was given. */
    record WrongType(ScalarNode key, Class<?> expected, String found) implements Problem {}

    /** A list item with no value ("- " alone, or ~): nothing downstream can use it. */
    record EmptyItem(ScalarNode key, Node item) implements Problem {}

    static final class Mismatch extends RuntimeException {
        final transient Problem problem;

        Mismatch(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    /** A record class as the mapper sees it: one entry per component, in constructor order. */
    private record Shape(Constructor<?> constructor, Map<String, Integer> index, Type[] types, boolean[] singleAsList,
                         List<String> keys) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] classes = new Class<?>[components.length];
            Type[] types = new Type[components.length];
            boolean[] single = new boolean[components.length];
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < components.length; i++) {
                classes[i] = components[i].getType();
                types[i] = components[i].getGenericType();
                single[i] = components[i].isAnnotationPresent(Raw.SingleValueAsList.class);
                index.put(snakeCase(components[i].getName()), i);
            }
            List<String> keys = new ArrayList<>(index.keySet());
            keys.sort(null);
            try {
                return new Shape(type.getDeclaredConstructor(classes), index, types, single, List.copyOf(keys));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record without canonical constructor: " + type, e);
            }
        }

        Object construct(Object[] values) {
            try {
                return constructor.newInstance(values);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot construct " + constructor.getDeclaringClass(), e);
            }
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    /** The record of {@code type} that {@code node} describes; throws {@link Mismatch} at the first problem. */
    static <T> T map(Node node, Class<T> type) {
        return type.cast(record(node, type, null));
    }

    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Object record(Node node, Class<?> type, ScalarNode key) {
        if (YamlScalars.isNull(node)) {
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            throw wrongType(key, type, null);
        }
        Shape shape = SHAPES.get(type);
        Object[] values = new Object[shape.types().length];
        for (NodeTuple entry : mapping.getValue()) {
            ScalarNode name = (ScalarNode) entry.getKeyNode();
            Integer at = shape.index().get(name.getValue());
            if (at == null) {
                throw new Mismatch(new UnknownKey(name, shape.keys()));
            }
            values[at] = value(entry.getValueNode(), shape.types()[at], shape.singleAsList()[at], name);
        }
        return shape.construct(values);
    }

    private static Object value(Node node, Type type, boolean singleAsList, ScalarNode key) {
        if (type == String.class) {
            return text(node, key);
        }
        if (type == Integer.class) {
            return whole(node, key);
        }
        if (type == Boolean.class) {
            return truth(node, key);
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

    private static String text(Node node, ScalarNode key) {
        if (!(node instanceof ScalarNode scalar)) {
            throw wrongType(key, String.class, null);
        }
        return YamlScalars.isNull(scalar) ? null : scalar.getValue();
    }

    private static Integer whole(Node node, ScalarNode key) {
        String text = scalarText(node, key, Integer.class);
        if (text == null) {
            return null;
        }
        if (YamlScalars.integer(text) instanceof Integer number) {
            return number;
        }
        throw wrongType(key, Integer.class, text);
    }

    private static Boolean truth(Node node, ScalarNode key) {
        String text = scalarText(node, key, Boolean.class);
        if (text == null) {
            return null;
        }
        Boolean truth = YamlScalars.truth((ScalarNode) node);
        if (truth == null) {
            throw wrongType(key, Boolean.class, text);
        }
        return truth;
    }

    /** The text of a scalar for a typed field, null for an empty value. */
    private static String scalarText(Node node, ScalarNode key, Class<?> expected) {
        if (!(node instanceof ScalarNode scalar)) {
            throw wrongType(key, expected, null);
        }
        return YamlScalars.isNull(scalar) || scalar.getValue().isBlank() ? null : scalar.getValue();
    }

    private static List<Object> list(Node node, Type itemType, boolean singleAsList, ScalarNode key) {
        if (YamlScalars.isNull(node)) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (YamlScalars.isNull(item)) {
                    throw new Mismatch(new EmptyItem(key, item));
                }
                items.add(value(item, itemType, false, key));
            }
        } else if (singleAsList && node instanceof ScalarNode) {
            items.add(value(node, itemType, false, key));
        } else {
            throw wrongType(key, List.class, null);
        }
        return items;
    }

    private static Map<String, Object> map(Node node, Type valueType, ScalarNode key) {
        if (YamlScalars.isNull(node)) {
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            throw wrongType(key, Map.class, null);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            ScalarNode name = (ScalarNode) entry.getKeyNode();
            map.put(name.getValue(), value(entry.getValueNode(), valueType, false, name));
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> freeForm(Node node, ScalarNode key) {
        if (YamlScalars.isNull(node)) {
            return null;
        }
        if (!(node instanceof MappingNode)) {
            throw wrongType(key, Map.class, null);
        }
        return (Map<String, Object>) YamlScalars.plainValue(node);
    }

    private static Mismatch wrongType(ScalarNode key, Class<?> expected, String found) {
        return new Mismatch(new WrongType(key, expected, found));
    }
}
