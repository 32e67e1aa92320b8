package folio.render;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * for the count {@code n}. The files are read, and their mistakes told, by {@link InterfaceStringFiles}.
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

    InterfaceStrings(Map<String, Map<String, Value>> byLanguage, Map<String, Map<String, SourcePosition>> groups) {
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
        InterfaceStrings strings = InterfaceStringFiles.read(project, files, problems);
        diagnostics.addAll(problems);
        if (kept != null) {
            kept.remember(files, strings, problems);
        }
        return strings;
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
