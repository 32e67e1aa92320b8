package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.project.Project;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
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

    /** Every {@code [[kind:id]]} of a built site has its target in the text that holds it. */
    @Test
    void everyReferenceIsResolvedInItsText() throws Exception {
        Path input = Path.of("src/test/resources/sites/every-collection/input");
        // A theme that may show any page's text keeps every text's tree past rendering, so each can be walked here.
        Path templates = work.resolve("templates");
        try (var files = java.nio.file.Files.walk(input.resolve("templates"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = templates.resolve(input.resolve("templates").relativize(file).toString());
                if (java.nio.file.Files.isDirectory(file)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(file, target);
                }
            }
        }
        java.nio.file.Files.writeString(templates.resolve("every-text.peb"), "{% for p in site.pages %}{{ p.contentHtml }}{% endfor %}");
        Build.Result result = Build.run(new Build.Options(
                Project.of(input, Path.of("content"), templates, work.resolve("site")), null, false, false));
        assertNotNull(result.site(), result.diagnostics().toString());
        List<Markup> texts = new ArrayList<>();
        collectTexts(result.site(), texts, Collections.newSetFromMap(new IdentityHashMap<>()));
        int[] resolved = {0};
        List<String> unresolved = new ArrayList<>();
        for (Markup text : texts) {
            text.document().accept(new org.commonmark.node.AbstractVisitor() {
                @Override
                public void visit(org.commonmark.node.CustomNode node) {
                    if (node instanceof folio.content.ReferenceNode reference) {
                        if (text.target(reference) != null) {
                            resolved[0]++;
                        } else {
                            unresolved.add(reference.reference().kind() + ":" + reference.reference().id());
                        }
                    }
                    visitChildren(node);
                }
            });
        }
        assertTrue(resolved[0] > 5, "only " + resolved[0] + " references found in " + texts.size() + " texts");
        assertEquals(List.of(), unresolved);
    }

    private static void collectTexts(Object value, List<Markup> texts, Set<Object> seen) throws Exception {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Markup markup) {
            texts.add(markup);
        } else if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                collectTexts(item, texts, seen);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Object item : map.values()) {
                collectTexts(item, texts, seen);
            }
        } else if (value.getClass().isRecord() && value.getClass().getPackageName().startsWith("folio")) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                component.getAccessor().setAccessible(true);
                collectTexts(component.getAccessor().invoke(value), texts, seen);
            }
        }
    }

    /**
     * Our own Markdown nodes (references, citations, heading ids) are read by the render stage
     * inside {@link Markup}: they hold only final fields and offer no setter, so what assembly
     * resolves lives in the {@code Markup}, not in the parse tree. Every main source that extends
     * a CommonMark node is checked, so a new node is covered too.
     */
    @Test
    void ourMarkdownNodesDoNotChangeAfterParsing() throws Exception {
        List<String> nodes = new ArrayList<>();
        try (var files = Files.walk(Path.of("src/main/java/folio"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (Files.readString(file).matches("(?s).*\\bextends (org\\.commonmark\\.node\\.)?Custom(Node|Block)\\b.*")) {
                    String name = Path.of("src/main/java").relativize(file).toString().replace('/', '.');
                    nodes.add(name.substring(0, name.length() - ".java".length()));
                }
            }
        }
        assertTrue(nodes.contains("folio.content.ReferenceNode"), "found " + nodes);
        List<String> changeable = new ArrayList<>();
        for (String name : nodes) {
            Class<?> type = Class.forName(name);
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
                    changeable.add(name + "." + field.getName() + " is not final");
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && method.getReturnType() == void.class && method.getParameterCount() > 0
                        && !method.getName().equals("accept")) {
                    changeable.add(name + "." + method.getName() + " looks like a setter");
                }
            }
        }
        assertEquals(List.of(), changeable);
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
