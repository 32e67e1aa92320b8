package folio.i18n;

import folio.content.ContentParser;
import folio.content.ContentParser.Entry;
import folio.content.ContentParser.ParsedContent;
import folio.content.ContentParser.ParsedPage;
import folio.content.ContentParser.ParsedProvision;
import folio.content.ContentParser.ParsedTranslation;
import folio.content.Raw;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.i18n.TranslatedFiles.Translated;
import folio.i18n.TranslationStatus.State;
import folio.project.SourceName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * One language's content: the English parsed content with each translation file laid over it,
 * and how every English page and entry stands ({@link TranslationStatus}). The files are read by
 * {@link TranslatedFiles} (an unknown id or key is reported there); a page translation without an
 * English page is reported here; missing and stale ones are only recorded, for {@link Translations}
 * to judge.
 */
final class Overlay {
    private final ParsedContent english;
    private final String language;
    private final Diagnostics diagnostics;
    /** Pages and entries refused for their name: no status, no error (see {@link Translations#checkAll}). */
    private final BiPredicate<String, String> refused;
    /** The pages and entries given a status, by kind and id. */
    private final java.util.Set<String> tracked = new java.util.HashSet<>();
    /** The url of the page not found, which exists once for all languages. */
    private static final String NOT_FOUND = "404.html";
    private final List<TranslationStatus> statuses = new ArrayList<>();
    /** The name of the language the originals are in ("English"), for messages. */
    private final String original;
    /** The data files' translations as the last build laid them, or null. */
    private final KeptTranslations kept;

    private Overlay(ParsedContent english, String language, BiPredicate<String, String> refused, Diagnostics diagnostics,
                    KeptTranslations kept) {
        this.english = english;
        this.kept = kept;
        this.refused = refused;
        this.language = language;
        this.diagnostics = diagnostics;
        this.original = Languages.of(english).name();
    }

    /** The content in {@code language} and the status of each English page and entry in it. */
    static Translations.Resolution resolve(ParsedContent english, String language, BiPredicate<String, String> refused,
                                           Diagnostics diagnostics, KeptTranslations kept) {
        return new Overlay(english, language, refused, diagnostics, kept).run();
    }

    private Translations.Resolution run() {
        Map<String, ParsedTranslation> pages = new TreeMap<>();
        Map<String, ParsedTranslation> data = new TreeMap<>();
        for (ParsedTranslation file : english.translations()) {
            if (file.name().language().equals(language)) {
                (file.name().original().endsWith(".md") ? pages : data).put(file.originalPath(), file);
            }
        }
        List<ParsedPage> outPages = new ArrayList<>();
        for (ParsedPage page : english.pages()) {
            ParsedTranslation file = pages.remove(page.file().path());
            if (NOT_FOUND.equals(page.raw().url())) {
                // The one 404.html serves every language, with the others' words from the interface
                // strings (notfound.*): its page is not translated, and a translation of it is unused.
                if (file != null) {
                    diagnostics.error(SourcePosition.of(file.file().path(), 1), "the page not found (url: " + NOT_FOUND
                            + ") is not translated: the one 404.html serves every language and takes the other languages' "
                            + "words from the theme's interface strings (notfound.title, notfound.text in templates/i18n/"
                            + language + ".yaml): delete this file and put its words there");
                }
                outPages.add(page);
                continue;
            }
            Translated t = file == null ? null
                    : TranslatedFiles.front(file, TextField.PAGES, "page", page.raw(), page.file().path(), original,
                            diagnostics);
            String id = page.file().relative();
            Map<String, Object> texts = owes(page.raw(), TextField.PAGES) ? textsOf(t)
                    : track(TextField.PAGES, id, page.raw(), page.body().text(), t, file, page.file().path(),
                            SourcePosition.of(page.file().path(), 1));
            outPages.add(t == null ? page : new ParsedPage(new SourceName(file.file().path(), page.file().relative()),
                    Texts.merge(page.raw(), texts), page.frontMatter(), body(file, page.body())));
        }
        List<ParsedProvision> outProvisions = new ArrayList<>();
        for (ParsedProvision provision : english.provisions()) {
            ParsedTranslation file = pages.remove(provision.file().path());
            String id = String.valueOf(provision.raw().number());
            Translated t = file == null ? null
                    : TranslatedFiles.front(file, TextField.PROVISIONS, "provision " + id, provision.raw(), provision.file().path(),
                            original, diagnostics);
            Map<String, Object> texts = owes(provision.raw(), TextField.PROVISIONS) ? textsOf(t)
                    : track(TextField.PROVISIONS, id, provision.raw(), provision.body().text(), t, file,
                            provision.file().path(), SourcePosition.of(provision.file().path(), 1));
            outProvisions.add(t == null ? provision : new ParsedProvision(
                    new SourceName(file.file().path(), provision.file().relative()), Texts.merge(provision.raw(), texts),
                    provision.frontMatter(), body(file, provision.body()), file.yaml()));
        }
        pages.values().forEach(file -> diagnostics.error(SourcePosition.of(file.file().path(), 1), "no " + original + " "
                + (file.name().original().startsWith(ContentParser.PROVISIONS_DIR) ? "provision " : "page ")
                + file.originalPath() + " for this translation: a translation is named after its " + original + " file "
                + "(about." + language + ".md beside about.md)"));
        KeptTranslations.Data laid = kept == null ? null : kept.find(language, english.collections(), data, original);
        if (laid == null) {
            laid = layData(data);
            if (kept != null) {
                kept.remember(language, laid);
            }
        } else {
            statuses.addAll(laid.statuses());
        }
        diagnostics.addAll(laid.problems());
        ParsedContent content = new ParsedContent(english.config(), english.configPath(), List.copyOf(outPages),
                List.copyOf(outProvisions), laid.collections(), english.publishedIds(), List.of());
        return new Translations.Resolution(content, List.copyOf(statuses));
    }

    /** The data files' translations laid over the English entries ({@code data}: the translation files by English path). */
    private KeptTranslations.Data layData(Map<String, ParsedTranslation> data) {
        Diagnostics problems = new Diagnostics();
        int before = statuses.size();
        Map<String, List<Entry<?>>> collections = new TreeMap<>();
        Map<String, Map<String, Translated>> entries = TranslatedFiles.entries(english, data, language, original, refused, problems);
        english.collections().forEach((collection, list) -> {
            List<Entry<?>> out = new ArrayList<>();
            for (Entry<?> entry : list) {
                out.add(entry(collection, entry, entries.getOrDefault(entry.at().path(), Map.of())));
            }
            collections.put(collection, List.copyOf(out));
        });
        return new KeptTranslations.Data(KeptTranslations.snapshot(english.collections()),
                java.util.Collections.unmodifiableMap(new TreeMap<>(data)), original,
                java.util.Collections.unmodifiableMap(collections), List.copyOf(statuses.subList(before, statuses.size())), problems);
    }

    private static ContentParser.Body body(ParsedTranslation file, ContentParser.Body english) {
        return file.body().text().isBlank() ? english : file.body();
    }

    private <T> Entry<T> entry(String collection, Entry<T> entry, Map<String, Translated> translated) {
        if (Texts.component(entry.raw(), "id") == null) {
            return entry; // refused for its missing id where it is written: no translation can name it
        }
        String id = String.valueOf(Texts.component(entry.raw(), "id"));
        if (owes(entry.raw(), collection)) {
            Translated t = translated.get(id);
            return t == null ? entry : new Entry<>(Texts.merge(entry.raw(), t.texts()), entry.at(), entry.yaml(), t.yaml());
        }
        if (entry.raw() instanceof Raw.Source source && language.equals(source.language())
                && !Boolean.TRUE.equals(source.descriptive())) {
            // A source written in this language keeps its own headline: only our note about it is translated
            // (a descriptive title is ours, so it is translated like any other text).
            if (source.note() == null || source.note().isBlank()) {
                return entry;
            }
            Translated t = translated.get(id);
            Raw.Source noteOnly = new Raw.Source(source.id(), source.outlet(), null, source.titleEn(), source.author(),
                    source.date(), source.url(), source.readAt(), source.originalUrl(), source.flag(), source.language(),
                    source.note(), source.descriptive(), source.outletLanguage(), source.authorLanguage());
            Map<String, Object> texts = track(collection, id, noteOnly, null, t, null, entry.at().path(), entry.at());
            Object note = texts.get("note");
            // With its translation, so the edition's edit link and a mistake in the note point at the file that holds it.
            return note == null ? entry : new Entry<>(Texts.merge(entry.raw(), Map.of("note", note)), entry.at(), entry.yaml(),
                    t == null ? null : t.yaml());
        }
        if (translated.get(id) == null && Texts.of(entry.raw(), collection).isEmpty()) {
            return entry; // nothing to translate (an oblast share with no note): never missing
        }
        Translated t = translated.get(id);
        Map<String, Object> texts = track(collection, id, entry.raw(), null, t, null, entry.at().path(), entry.at());
        return t == null ? entry : new Entry<>(Texts.merge(entry.raw(), texts), entry.at(), entry.yaml(), t.yaml());
    }

    /**
     * Whether the English {@code raw} lacks a text it must have: the assembly refuses it with an
     * error naming the text, so it has no status here (a stale or missing translation of an entry
     * the English is to fix would send the editor to the translation).
     */
    private static boolean owes(Object raw, String kind) {
        return !Texts.owed(raw, kind).isEmpty();
    }

    private static Map<String, Object> textsOf(Translated t) {
        return t == null ? Map.of() : t.texts();
    }

    /**
     * Records the status of one English page or entry ({@code t} null: no translation) and
     * returns the translated texts to lay over it.
     */
    private Map<String, Object> track(String kind, String id, Object raw, String body, Translated t,
                                      ParsedTranslation file, String englishPath, SourcePosition englishAt) {
        String target = TranslationStatus.fileFor(englishPath, language);
        if (refused.test(kind, id) || !tracked.add(kind + "\n" + id)) {
            // A second English entry with the id (another year's file) is refused for it where it is written: it was also
            // "no uk translation of 1 reaction in this file", asking to translate an entry the build will not keep.
            return t == null ? Map.of() : t.texts();
        }
        if (t == null) {
            statuses.add(new TranslationStatus(language, kind, id, State.MISSING, englishAt, target, "not translated",
                    null, null));
            return Map.of();
        }
        if (t.translates() != null && !TextHash.isHash(t.translates())) {
            return t.texts(); // not a stamp: reported where it is written (TranslationReader), not as stale or unstamped
        }
        Map<String, Object> englishTexts = Texts.of(raw, kind);
        // A text written but refused (a list where a mapping belongs) has its own error there: it is not also lacking.
        List<String> lacking = new ArrayList<>(englishTexts.keySet().stream().filter(key -> !t.texts().containsKey(key)
                && !t.written().contains(key)
                || t.texts().get(key) instanceof Map<?, ?> map && !map.keySet().equals(((Map<?, ?>) englishTexts.get(key)).keySet()))
                .toList());
        if (body != null && !body.isBlank() && file != null && file.body().text().isBlank()) {
            lacking.add("body");
        }
        String hash = TextHash.of(englishTexts, body);
        State state = t.translates() != null && !t.translates().equals(hash) ? State.STALE
                : !lacking.isEmpty() ? State.MISSING : t.translates() == null ? State.UNSTAMPED : State.TRANSLATED;
        String detail = switch (state) {
            case STALE -> "translates: " + t.translates() + ", the " + original + " text now " + hash;
            case MISSING -> "lacks " + String.join(", ", lacking);
            default -> "translates: " + hash;
        };
        statuses.add(new TranslationStatus(language, kind, id, state, state == State.STALE ? t.translatesAt() : t.at(),
                t.file(), detail, hash, t.stamp()));
        return t.texts();
    }
}
