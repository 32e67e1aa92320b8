package folio.render;

import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.Project;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the theme's interface-string files ({@code templates/i18n/<language>.yaml}) into {@link InterfaceStrings}:
 * nested keys flattened to dotted ones, plural forms told from a mapping of keys, and each mistake a theme author
 * makes in them (a file that is not a mapping or is empty, a wrong extension, plural forms without
 * {@code other}, a placeholder never closed, markup in a plain-text string) a diagnostic at its line.
 */
final class InterfaceStringFiles {
    private InterfaceStringFiles() {}

    static InterfaceStrings read(Project project, List<StringFile> files, Diagnostics diagnostics) {
        Map<String, Map<String, InterfaceStrings.Value>> byLanguage = new HashMap<>();
        Map<String, Map<String, SourcePosition>> groups = new HashMap<>();
        List<BlankStrings.Blank> blanks = new java.util.ArrayList<>();
        for (StringFile stringFile : files) {
            Path file = stringFile.path();
            String name = stringFile.name();
            if (stringFile.folder()) {
                continue; // a folder named en.yaml: refused by the walk of templates/ (ProjectTree)
            }
            if (!name.endsWith(".yaml")) {
                // en.yml or en.YAML would be skipped, and every string of that language reported
                // missing (or, with a fallback, shown in another language) without saying why.
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                    diagnostics.error(project.display(file), 1, 1, "interface strings are read only from files "
                            + "named <language>.yaml: rename this file to "
                            + name.substring(0, name.lastIndexOf('.')) + ".yaml");
                }
                continue;
            }
            String language = name.substring(0, name.length() - ".yaml".length());
            // Held to the content's rules: strict UTF-8, no control characters, no byte-order mark left in.
            String text = folio.project.SourceLoader.text(stringFile.bytes(), project.display(file), diagnostics);
            if (text == null) {
                continue;
            }
            SourcePosition origin = SourcePosition.of(project.display(file), 1);
            Optional<YamlReader.Located> read = YamlReader.parse(text, origin, diagnostics);
            if (read.isEmpty()) {
                continue;
            }
            Map<String, InterfaceStrings.Value> values = new LinkedHashMap<>();
            Map<String, SourcePosition> mappings = new HashMap<>();
            YamlNode root = read.get().node();
            if (!(root instanceof YamlNode.Mapping)) {
                // Read on, a list would give "interface string '' must be a text" and a lone text would be taken as a
                // string with no key, leaving every string of the language missing without a word about the file.
                diagnostics.error(read.get().at(root), "interface strings are a mapping of keys to texts (nav:, then "
                        + "search: \"...\" under it, as in the theme's other languages), not "
                        + (root instanceof YamlNode.Sequence ? "a list" : "a single text") + ": write key: \"text\" lines");
                continue;
            }
            if (((YamlNode.Mapping) root).fields().isEmpty()) {
                // Read on, every string the templates ask for was reported missing at its template, the first
                // of them as the only error: "no interface string 'feed.link-title'", not a word of the empty file.
                diagnostics.error(origin, "file has no interface strings (it is empty, or holds "
                        + "only comments): write the " + language + " texts as key: \"text\" lines, the same keys as the "
                        + "theme's other languages' files");
                continue;
            }
            flatten("", root, read.get(), values, mappings, (key, form, at) -> blanks.add(new BlankStrings.Blank(language, key, form, at)),
                    diagnostics);
            byLanguage.put(language, values);
            groups.put(language, Map.copyOf(mappings));
        }
        BlankStrings.report(blanks, byLanguage, diagnostics);
        return new InterfaceStrings(Map.copyOf(byLanguage), Map.copyOf(groups));
    }

    private static void flatten(String prefix, YamlNode node, YamlReader.Located document,
                                Map<String, InterfaceStrings.Value> values, Map<String, SourcePosition> mappings,
                                BlankStrings.Found blank, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Mapping mapping) {
            if (!prefix.isEmpty() && PluralRule.isForms(mapping)) {
                Map<String, String> forms = new LinkedHashMap<>();
                mapping.fields().forEach(f -> forms.put(f.key().text(), scalar(f.value())));
                mapping.fields().stream().filter(f -> f.value() instanceof YamlNode.Scalar)
                        .forEach(f -> {
                            checkPlain(prefix, (YamlNode.Scalar) f.value(), document, diagnostics);
                            if (BlankStrings.isBlank(((YamlNode.Scalar) f.value()).text())) {
                                blank.blank(prefix, f.key().text(), document.at(f.value()));
                            }
                        });
                if (!forms.containsKey("other")) {
                    diagnostics.error(document.at(node), "plural forms of '" + prefix + "' need an 'other' form "
                            + "(the one used when no other form applies)");
                }
                givenTwice(prefix, values, document.at(node), diagnostics);
                values.put(prefix, new InterfaceStrings.Plural(Map.copyOf(forms)));
                return;
            }
            for (YamlNode.Field field : mapping.fields()) {
                String key = prefix.isEmpty() ? field.key().text() : prefix + "." + field.key().text();
                if (field.value() instanceof YamlNode.Mapping) {
                    mappings.put(key, document.at(field.key()));
                }
                flatten(key, field.value(), document, values, mappings, blank, diagnostics);
            }
        } else if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            checkPlain(prefix, scalar, document, diagnostics);
            if (BlankStrings.isBlank(scalar.text())) {
                blank.blank(prefix, null, document.at(scalar));
            }
            givenTwice(prefix, values, document.at(scalar), diagnostics);
            values.put(prefix, new InterfaceStrings.Text(scalar.text()));
        } else {
            diagnostics.error(document.at(node), "interface string '" + prefix + "' must be a text or plural forms "
                    + "(one, few, many, other), like " + (prefix.isEmpty() ? "key" : prefix) + ": \"...\"");
        }
    }

    /**
     * A string whose key does not end in _html is escaped, so markup in it reaches the page as
     * typed ("&lt;b&gt;", "**"): the theme author is told which of the two was meant.
     */
    private static void checkPlain(String key, YamlNode.Scalar value, YamlReader.Located document, Diagnostics diagnostics) {
        java.util.regex.Matcher unclosed = UNCLOSED_PLACEHOLDER.matcher(value.text());
        if (unclosed.find()) {
            // A placeholder is replaced only whole: '{site' would reach the page as typed.
            diagnostics.error(document.at(value), "interface string '" + key + "' has '{" + unclosed.group(1) + "' with no closing "
                    + "'}', so the page would show it as typed: write {" + unclosed.group(1) + "}");
        }
        String mark = key.endsWith("_html") ? null : folio.content.PlainTextMarkup.in(value.text());
        if (mark != null) {
            diagnostics.error(document.at(value), "interface string '" + key + "' is plain text, so the page would show "
                    + mark + " as typed: remove it, or name the key " + key + "_html to write HTML (its arguments are escaped)");
        }
    }

    /**
     * A key given both as nested keys ({@code nav:} then {@code menu:}) and with a dot ({@code "nav.menu":}) is one
     * key to {@code t()}: YAML sees two, and the later one won without a word.
     */
    private static void givenTwice(String key, Map<String, InterfaceStrings.Value> values, SourcePosition at,
                                   Diagnostics diagnostics) {
        if (values.containsKey(key)) {
            diagnostics.error(at, "interface string '" + key + "' is given twice in this file, once with a dot in its key "
                    + "(\"" + key + "\":) and once as nested keys (" + key.replace(".", ": ") + ":), and templates would "
                    + "show only the later one: keep one of them");
        }
    }

    /** A '{' and a placeholder's name, with no '}' after the name. */
    private static final java.util.regex.Pattern UNCLOSED_PLACEHOLDER = java.util.regex.Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_-]*)(?![A-Za-z0-9_}-])");

    private static String scalar(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && !scalar.isNull() ? scalar.text() : "";
    }
}
