package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.project.Project;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What templates see is set once: every list, set and map reachable from {@link Site} through
 * record components refuses changes, so no stage can fill a list after another has read it.
 */
class ImmutableModelTest {
    @TempDir
    Path work;

    @Test
    void everyCollectionReachableFromTheSiteIsUnmodifiable() throws Exception {
        Path input = Path.of("src/test/resources/sites/every-collection/input");
        Build.Result result = Build.run(new Build.Options(
                Project.of(input, Path.of("content"), Path.of("templates"), work.resolve("site")), null, false, false));
        assertNotNull(result.site(), result.diagnostics().toString());
        List<String> mutable = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int collections = walk(result.site(), "site", mutable, seen);
        assertTrue(collections > 50, "the walk reached only " + collections + " collections");
        assertEquals(List.of(), mutable);
    }

    /** Visits {@code value} and what it holds; returns how many collections were checked. */
    private static int walk(Object value, String path, List<String> mutable, Set<Object> seen) throws Exception {
        if (value == null || !seen.add(value)) {
            return 0;
        }
        int count = 0;
        if (value instanceof Collection<?> collection) {
            count++;
            if (!unmodifiable(value)) {
                mutable.add(path + " (" + value.getClass().getName() + ")");
            }
            int i = 0;
            for (Object item : List.copyOf(collection.stream().filter(java.util.Objects::nonNull).toList())) {
                count += walk(item, path + "[" + i++ + "]", mutable, seen);
            }
        } else if (value instanceof Map<?, ?> map) {
            count++;
            if (!unmodifiable(value)) {
                mutable.add(path + " (" + value.getClass().getName() + ")");
            }
            for (Map.Entry<?, ?> entry : Map.copyOf(withoutNulls(map)).entrySet()) {
                count += walk(entry.getKey(), path + ".key", mutable, seen);
                count += walk(entry.getValue(), path + "[" + entry.getKey() + "]", mutable, seen);
            }
        } else if (value.getClass().isRecord() && value.getClass().getPackageName().startsWith("folio")) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                component.getAccessor().setAccessible(true);
                count += walk(component.getAccessor().invoke(value), path + "." + component.getName(), mutable, seen);
            }
        }
        return count;
    }

    private static Map<?, ?> withoutNulls(Map<?, ?> map) {
        Map<Object, Object> copy = new java.util.HashMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }

    /** The JDK's unmodifiable collections: List.of, List.copyOf, Stream.toList, Collections.unmodifiable*. */
    private static boolean unmodifiable(Object collection) {
        String type = collection.getClass().getName();
        return type.startsWith("java.util.ImmutableCollections$") || type.startsWith("java.util.Collections$Unmodifiable")
                || type.startsWith("java.util.Collections$Empty") || type.startsWith("java.util.Collections$Singleton");
    }
}
