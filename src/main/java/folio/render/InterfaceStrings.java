package folio.render;

import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The theme's interface strings: {@code templates/i18n/<language>.yaml}, one file per language,
 * nested keys read as dotted ones ({@code menu: {search: Search}} is {@code menu.search}). A value
 * is a text with {@code {name}} placeholders, or plural forms ({@code one}, {@code few},
 * {@code many}, {@code other}, or exact ones such as {@code "=1"}) chosen by {@link PluralRule}
 * for the count {@code n}.
 */
public final class InterfaceStrings {
    /** A text, or the plural forms of one. */
    sealed interface Value permits Text, Plural {}

    record Text(String text) implements Value {}

    record Plural(Map<String, String> forms) implements Value {
        /** The exact form for {@code count} ({@code =1}), else its category's, else {@code other}. */
        String form(PluralRule rule, Number count) {
            String exact = PluralRule.exactKey(count);
            if (exact != null && forms.containsKey(exact)) {
                return forms.get(exact);
            }
            return forms.getOrDefault(rule.category(count), forms.get("other"));
        }
    }

    private final Map<String, Map<String, Value>> byLanguage;
    /** By language, the keys whose value is a mapping of keys (not plural forms), at the key: {@code nav.languages}. */
    private final Map<String, Map<String, SourcePosition>> groups;

    private InterfaceStrings(Map<String, Map<String, Value>> byLanguage, Map<String, Map<String, SourcePosition>> groups) {
        this.byLanguage = byLanguage;
        this.groups = groups;
    }

    /** No strings at all: a theme without i18n/ (t() then reports every key as missing). */
    static final InterfaceStrings NONE = new InterfaceStrings(Map.of(), Map.of());

    /** Every {@code templates/i18n/*.yaml}; problems in them are diagnostics at their line. */
    public static InterfaceStrings load(Project project, Diagnostics diagnostics) {
        return load(project, diagnostics, null);
    }

    /** As {@link #load(Project, Diagnostics)}; {@code kept}: what the last build read, or null. */
    public static InterfaceStrings load(Project project, Diagnostics diagnostics, KeptStrings kept) {
        Path folder = project.templates().resolve("i18n");
        if (!Files.isDirectory(folder)) {
            return NONE;
        }
        List<StringFile> files;
        try {
            files = StringFile.list(folder);
        } catch (IOException | java.io.UncheckedIOException e) {
            // The file that could not be read, said as a content file's is (not Java's message, an absolute path).
            IOException cause = e instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            String file = cause instanceof java.nio.file.FileSystemException failed && failed.getFile() != null ? failed.getFile() : null;
            Path at = file == null ? folder : Path.of(file);
            diagnostics.error(project.display(at), 1, 0, "cannot read the interface strings: "
                    + (Files.isDirectory(at) ? folio.project.SourceLoader.describeFolder(cause, project.display(at))
                    : folio.project.SourceLoader.describe(cause, project.display(at))));
            return new InterfaceStrings(Map.of(), Map.of());
        }
        InterfaceStrings known = kept == null ? null : kept.readFrom(files, diagnostics);
        if (known != null) {
            return known;
        }
        Diagnostics problems = new Diagnostics();
        InterfaceStrings strings = read(project, files, problems);
        diagnostics.addAll(problems);
        if (kept != null) {
            kept.remember(files, strings, problems);
        }
        return strings;
    }

    private static InterfaceStrings read(Project project, List<StringFile> files, Diagnostics diagnostics) {
        Map<String, Map<String, Value>> byLanguage = new HashMap<>();
        Map<String, Map<String, SourcePosition>> groups = new HashMap<>();
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
            Map<String, Value> values = new LinkedHashMap<>();
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
            flatten("", root, read.get(), values, mappings, diagnostics);
            byLanguage.put(language, values);
            groups.put(language, Map.copyOf(mappings));
        }
        return new InterfaceStrings(Map.copyOf(byLanguage), Map.copyOf(groups));
    }

    private static void flatten(String prefix, YamlNode node, YamlReader.Located document, Map<String, Value> values,
                                Map<String, SourcePosition> mappings, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Mapping mapping) {
            if (!prefix.isEmpty() && PluralRule.isForms(mapping)) {
                Map<String, String> forms = new LinkedHashMap<>();
                mapping.fields().forEach(f -> forms.put(f.key().text(), scalar(f.value())));
                mapping.fields().stream().filter(f -> f.value() instanceof YamlNode.Scalar)
                        .forEach(f -> checkPlain(prefix, (YamlNode.Scalar) f.value(), document, diagnostics));
                if (!forms.containsKey("other")) {
                    diagnostics.error(document.at(node), "plural forms of '" + prefix + "' need an 'other' form "
                            + "(the one used when no other form applies)");
                }
                values.put(prefix, new Plural(Map.copyOf(forms)));
                return;
            }
            for (YamlNode.Field field : mapping.fields()) {
                String key = prefix.isEmpty() ? field.key().text() : prefix + "." + field.key().text();
                if (field.value() instanceof YamlNode.Mapping) {
                    mappings.put(key, document.at(field.key()));
                }
                flatten(key, field.value(), document, values, mappings, diagnostics);
            }
        } else if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            checkPlain(prefix, scalar, document, diagnostics);
            values.put(prefix, new Text(scalar.text()));
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

    /** A '{' and a placeholder's name, with no '}' after the name. */
    private static final java.util.regex.Pattern UNCLOSED_PLACEHOLDER = java.util.regex.Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_-]*)(?![A-Za-z0-9_}-])");

    private static String scalar(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && !scalar.isNull() ? scalar.text() : "";
    }

    /**
     * The words the site model writes in {@code language} ("Point {n}", "Europe and the EU"...):
     * the language's texts for {@link folio.site.ModelWords#keys()}; a key it lacks reads in English.
     */
    public folio.site.ModelWords wording(String language) {
        Map<String, String> texts = new java.util.HashMap<>();
        for (String key : folio.site.ModelWords.keys()) {
            get(language, key).filter(Text.class::isInstance).ifPresent(value -> texts.put(key, ((Text) value).text()));
        }
        return new folio.site.ModelWords(texts);
    }

    /** Whether there is a file for {@code language}. */
    boolean has(String language) {
        return byLanguage.containsKey(language);
    }

    /** The keys the file of {@code language} gives (empty when there is none). */
    public Set<String> keys(String language) {
        return new TreeSet<>(byLanguage.getOrDefault(language, Map.of()).keySet());
    }

    /**
     * Where the file of {@code language} gives {@code key} as a mapping of keys rather than a text
     * or plural forms ({@code nav: {languages: {a: b}}} for {@code nav.languages}), if it does.
     */
    Optional<SourcePosition> mappingAt(String language, String key) {
        return get(language, key).isPresent() ? Optional.empty()
                : Optional.ofNullable(groups.getOrDefault(language, Map.of()).get(key));
    }

    /** The value of {@code key} in {@code language}, if the language's file gives it. */
    Optional<Value> get(String language, String key) {
        Map<String, Value> values = byLanguage.get(language);
        return values == null ? Optional.empty() : Optional.ofNullable(values.get(key));
    }

    /**
     * The text of {@code key} for {@code count} (plural forms; null for none) with each
     * {@code {name}} replaced by its argument; empty when the key is missing.
     */
    Optional<String> format(String language, String key, Number count, Map<String, ?> arguments) {
        return get(language, key).map(value -> {
            String text = value instanceof Plural plural ? plural.form(PluralRule.of(language), count) : ((Text) value).text();
            return substitute(text, count, arguments);
        });
    }

    private static String substitute(String text, Number count, Map<String, ?> arguments) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (close < 0) {
                out.append(text, i, text.length());
                break;
            }
            String name = text.substring(open + 1, close);
            Object value = name.equals("n") && count != null ? count : arguments.get(name);
            out.append(text, i, open).append(value == null && !arguments.containsKey(name) ? "{" + name + "}" : value);
            i = close + 1;
        }
        return out.toString();
    }
}
