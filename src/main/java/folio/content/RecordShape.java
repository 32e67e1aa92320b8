package folio.content;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Raw} record class as {@link RecordMapper} and the translations see it: its YAML keys
 * (component names in snake_case, {@code index} gives each one's place in constructor order),
 * its accessors and its canonical constructor. Worked out once per class: reflection costs more
 * than the reading it serves.
 */
public record RecordShape(Constructor<?> constructor, Map<String, Integer> index, Type[] types, boolean[] singleAsList,
                          boolean[] inline, boolean[] required, boolean[] needed, List<String> keys, Method[] accessors) {
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return shapeOf(type);
        }
    };

    public static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    private static RecordShape shapeOf(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] classes = new Class<?>[components.length];
        Type[] types = new Type[components.length];
        boolean[] single = new boolean[components.length];
        boolean[] inline = new boolean[components.length];
        boolean[] required = new boolean[components.length];
        boolean[] needed = new boolean[components.length];
        Method[] accessors = new Method[components.length];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            classes[i] = components[i].getType();
            types[i] = components[i].getGenericType();
            single[i] = components[i].isAnnotationPresent(Raw.SingleValueAsList.class);
            inline[i] = components[i].isAnnotationPresent(Raw.Inline.class);
            required[i] = components[i].isAnnotationPresent(Raw.Required.class);
            needed[i] = required[i] || components[i].isAnnotationPresent(Raw.Needed.class);
            index.put(snakeCase(components[i].getName()), i);
        }
        List<String> keys = new ArrayList<>(index.keySet());
        keys.sort(null);
        try {
            return new RecordShape(type.getDeclaredConstructor(classes), java.util.Collections.unmodifiableMap(index), types, single,
                    inline, required, needed, List.copyOf(keys), accessors);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record without canonical constructor: " + type, e);
        }
    }

    /** The record whose components are {@code values}, in constructor order. */
    public Object construct(Object[] values) {
        try {
            return constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot construct " + constructor.getDeclaringClass(), e);
        }
    }

    /** The value of component number {@code component} (constructor order) of {@code record}, one of this class. */
    public Object value(Object record, int component) {
        try {
            return accessors[component].invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessors[component], e);
        }
    }

    /** Whether the component whose YAML key is {@code key} is {@link Raw.Required}. */
    public boolean requires(String key) {
        Integer component = index.get(key);
        return component != null && required[component];
    }

    /** Whether the assembly refuses an entry without the component whose YAML key is {@code key}: {@link Raw.Required} or {@link Raw.Needed}. */
    public boolean needs(String key) {
        Integer component = index.get(key);
        return component != null && needed[component];
    }

    /** The YAML key of a component: {@code baseUrl} is written {@code base_url}. */
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
}
