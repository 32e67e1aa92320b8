package folio.site;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Two running 64-bit hashes of the values fed to them, mixed differently, and how {@link ModelDigest} reads a model object's parts. */
final class ModelHash {
    private static final ClassValue<Function<Object, List<Object>>> READERS = new ClassValue<>() {
        @Override
        protected Function<Object, List<Object>> computeValue(Class<?> type) {
            return reader(type);
        }
    };

    long first = 0xcbf29ce484222325L;
    long second = 0x9E3779B97F4A7C15L;

    void add(long value) {
        first = (first ^ value) * 0x100000001b3L;
        first ^= first >>> 29;
        second = Long.rotateLeft(second + value * 0xC2B2AE3D27D4EB4FL, 31) * 0x9E3779B97F4A7C15L;
    }

    void text(String text) {
        int length = text.length();
        add(length);
        int i = 0;
        for (; i + 4 <= length; i += 4) {
            add((long) text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32
                    | (long) text.charAt(i + 3) << 48);
        }
        for (; i < length; i++) {
            add(text.charAt(i));
        }
    }

    /** The parts of a model object in declaration order; null when they cannot be read. */
    static List<Object> partsOf(Object value) {
        return READERS.get(value.getClass()).apply(value);
    }

    /**
     * How to read the parts of a model object: its fields (a record's are its components). Fields,
     * not a record's accessor methods: reflection reads a field directly, where each method it
     * calls often enough gets a class generated for it, which in a short build cost more than the walk.
     */
    private static Function<Object, List<Object>> reader(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> at = type; at != null && at != Object.class && at != Record.class; at = at.getSuperclass()) {
            for (Field field : at.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return value -> {
            List<Object> parts = new ArrayList<>(fields.size());
            try {
                for (Field field : fields) {
                    parts.add(field.get(value));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
            return parts;
        };
    }
}
