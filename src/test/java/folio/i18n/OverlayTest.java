package folio.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.content.ContentParser;
import folio.content.ContentParser.Entry;
import folio.content.ContentParser.ParsedContent;
import folio.content.Raw;
import folio.diag.Diagnostics;
import folio.i18n.TranslationStatus.State;
import folio.project.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The freshness hash and the field-by-field overlay of a translation on its English original. */
class OverlayTest {
    private static final String SITE = "title: T\ndescription: D\nbase_url: https://example.org/\nlanguage: en\n"
            + "coverage_until: 2026-07-31\nlanguages:\n  uk: {}\n";

    private static ParsedContent parse(String... pathsAndTexts) {
        List<SourceFile> files = new ArrayList<>();
        files.add(new SourceFile("content/site.yaml", "site.yaml", SITE));
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.add(new SourceFile("content/" + pathsAndTexts[i], pathsAndTexts[i], pathsAndTexts[i + 1]));
        }
        Diagnostics diagnostics = new Diagnostics();
        ParsedContent content = ContentParser.parse(files, "content/site.yaml", diagnostics);
        assertEquals(List.of(), diagnostics.sorted());
        return content;
    }

    @Test
    void theHashIgnoresLayoutButNotWording() {
        String hash = TextHash.of(Map.of("definition", "A region in the east."), null);
        assertEquals(8, hash.length());
        assertTrue(hash.matches("[0-9a-f]{8}"), hash);
        assertEquals(hash, TextHash.of(Map.of("definition", "A region in the east.   \n\n"), null),
                "trailing spaces and blank lines are not wording");
        assertNotEquals(hash, TextHash.of(Map.of("definition", "A region in the West."), null));
        assertNotEquals(hash, TextHash.of(Map.of("term", "A region in the east."), null), "the key is part of it");
        assertEquals("title=Про нас\nbody=Text\n  indented\n",
                TextHash.canonical(Map.of("title", "Про нас"), "\n\nText  \n  indented\n\n"));
        assertEquals("c9a249e6", TextHash.hash("title=About\n"), "SHA-256 of the canonical form, first 8 hex digits");
    }

    @Test
    void textsAreTranslatedAndEverythingElseIsShared() {
        ParsedContent english = parse(
                "data/reactions.yaml", """
                        - id: kyiv
                          actor: gov
                          date: 2025-11-21
                          stance: conditional
                          subject: plan
                          summary: "Said it would study it."
                          quote: {text: "we will study it", source: wire}
                          sources: [wire]
                        - id: other
                          actor: gov
                          date: 2025-11-22
                          stance: none
                          subject: plan
                          summary: "Said nothing."
                          sources: [wire]
                        """,
                "data/reactions.uk.yaml", """
                        - id: kyiv
                          summary: "Заявив, що вивчить його."
                          quote: {text: "ми його вивчимо"}
                        """,
                "data/comparisons.yaml", "- id: land\n  issue: Land\n  cells:\n    draft: {text: All, sources: [wire]}\n",
                "data/comparisons.uk.yaml", "- id: land\n  issue: Земля\n  cells:\n    draft: {text: Уся}\n",
                "about.md", "---\ntitle: About\nlayout: about\nweight: 3\n---\nEnglish body.\n",
                "about.uk.md", "---\ntitle: Про нас\n---\nУкраїнський текст.\n");
        Diagnostics diagnostics = new Diagnostics();
        Translations.Resolution uk = Translations.resolve(english, "uk", diagnostics);
        assertEquals(List.of(), diagnostics.sorted());

        List<Entry<Raw.Reaction>> reactions = uk.content().collection("reactions");
        Raw.Reaction kyiv = reactions.get(0).raw();
        assertEquals("Заявив, що вивчить його.", kyiv.summary());
        assertEquals(new Raw.Quote("ми його вивчимо", "wire"), kyiv.quote(), "the quote keeps its English source");
        assertEquals(List.of("kyiv", "2025-11-21", "conditional", "plan", List.of("wire")),
                List.of(kyiv.id(), kyiv.date(), kyiv.stance(), kyiv.subject(), kyiv.sources()));
        assertEquals("content/data/reactions.uk.yaml:2:3", reactions.get(0).keyAt("summary").toString(),
                "a translated text is found in the translation file");
        assertEquals("content/data/reactions.yaml:2:3", reactions.get(0).keyAt("actor").toString(),
                "a shared key stays in the English file");
        assertEquals("Said nothing.", reactions.get(1).raw().summary(), "untranslated: the English entry");

        Raw.Cell cell = uk.content().<Raw.Comparison>collection("comparisons").get(0).raw().cells().get("draft");
        assertEquals(new Raw.Cell("Уся", List.of("wire")), cell);

        ContentParser.ParsedPage about = uk.content().pages().get(0);
        assertEquals("content/about.uk.md", about.file().path(), "diagnostics point at the translation");
        assertEquals("about.md", about.file().relative(), "the URL is the English page's");
        assertEquals(List.of("Про нас", "about", 3), List.of(about.raw().title(), about.raw().layout(), about.raw().weight()));
        assertEquals("Український текст.\n", about.body().text());
        assertTrue(uk.content().translations().isEmpty());

        Map<String, State> states = new java.util.TreeMap<>();
        uk.statuses().forEach(s -> states.put(s.kind() + ":" + s.id(), s.state()));
        assertEquals(Map.of("comparisons:land", State.UNSTAMPED, "pages:about.md", State.UNSTAMPED,
                "reactions:kyiv", State.UNSTAMPED, "reactions:other", State.MISSING), states);
    }

    @Test
    void aTranslatedQuoteMayNameTheSourceThatGivesItSoAndIsFoundThere() {
        ParsedContent english = parse(
                "data/reactions.yaml", """
                        - id: kyiv
                          actor: gov
                          date: 2025-11-21
                          stance: conditional
                          subject: plan
                          summary: "Said it would study it."
                          quote: {text: "we will study it", source: wire}
                          sources: [wire, local]
                        """,
                "data/reactions.uk.yaml", """
                        - id: kyiv
                          summary: "Заявив, що вивчить його."
                          quote:
                            text: "ми його вивчимо"
                            source: local
                        """);
        Diagnostics diagnostics = new Diagnostics();
        Translations.Resolution uk = Translations.resolve(english, "uk", diagnostics);
        assertEquals(List.of(), diagnostics.sorted());
        Entry<Raw.Reaction> kyiv = uk.content().<Raw.Reaction>collection("reactions").get(0);
        assertEquals(new Raw.Quote("ми його вивчимо", "local"), kyiv.raw().quote());
        assertEquals("content/data/reactions.uk.yaml:5:5", kyiv.keyAt("source").toString(),
                "a mistake in the id is told in the translation");
        assertEquals(List.of("wire", "local"), kyiv.raw().sources(), "the reaction's sources stay the English");
        Entry<Raw.Reaction> own = english.<Raw.Reaction>collection("reactions").get(0);
        assertEquals("content/data/reactions.yaml:7:37", own.keyAt("source").toString());
        assertEquals(State.UNSTAMPED, uk.statuses().get(0).state());
        assertEquals(TextHash.of(Texts.of(own.raw(), "reactions"), null), uk.statuses().get(0).hash(),
                "the stamp is the English texts', the source no part of it");
    }

    @Test
    void aSourceInTheEditionsLanguageKeepsItsHeadlineAndTranslatesOnlyOurNote() {
        String source = """
                - id: %s
                  outlet: Babel
                  title: "Заголовок видання"
                  title_en: "The outlet's headline"
                  url: https://babel.example/%s
                  flag: none
                  language: uk
                %s""";
        ParsedContent english = parse(
                "data/sources.yaml", String.format(source, "noted", "noted", "  note: \"Title taken from the address.\"\n")
                        + String.format(source, "plain", "plain", "") + String.format(source, "untranslated", "u",
                        "  note: \"Not re-verified.\"\n"),
                "data/sources.uk.yaml", """
                        - id: noted
                          title: "Інша назва"
                          note: "Заголовок наведено за адресою."
                        """);
        Diagnostics diagnostics = new Diagnostics();
        Translations.Resolution uk = Translations.resolve(english, "uk", diagnostics);
        assertEquals(List.of(), diagnostics.sorted());

        List<Entry<Raw.Source>> sources = uk.content().collection("sources");
        assertEquals("Заголовок видання", sources.get(0).raw().title(), "the headline stays the outlet's own");
        assertEquals("Заголовок наведено за адресою.", sources.get(0).raw().note(), "our note is translated");
        assertEquals("content/data/sources.uk.yaml:3:3", sources.get(0).keyAt("note").toString(),
                "the note is where its translation is written (the edition's edit link goes there too)");
        assertEquals(sources.get(1), english.collection("sources").get(1), "nothing of ours to translate");

        Map<String, State> states = new java.util.TreeMap<>();
        uk.statuses().forEach(s -> states.put(s.kind() + ":" + s.id(), s.state()));
        assertEquals(Map.of("sources:noted", State.UNSTAMPED, "sources:untranslated", State.MISSING), states,
                "a note in English on a Ukrainian page is a missing translation");
    }

    @Test
    void translationFilesAreNeverPagesOrEntriesOfTheirOwn() {
        ParsedContent content = parse("data/terms.yaml", "- id: a\n  term: A\n  definition: An a.\n  sources: [s]\n",
                "data/terms.uk.yaml", "- id: a\n  term: А\n", "about.md", "---\ntitle: About\n---\nText.\n",
                "about.uk.md", "---\ntitle: Про нас\n---\nТекст.\n");
        assertEquals(1, content.pages().size());
        assertEquals(1, content.collection("terms").size());
        assertEquals(List.of("content/about.uk.md", "content/data/terms.uk.yaml"),
                content.translations().stream().map(t -> t.file().path()).toList());
        assertEquals("uk", content.translations().get(1).name().language());
        assertEquals("content/data/terms.yaml", content.translations().get(1).originalPath());
        assertNull(content.translations().get(1).body());
    }

    @Test
    void aStampIsWrittenLineWiseAndKeepsComments() {
        String text = "# our renderings\n- id: a  # first\n  term: А\n- id: b\n  translates: 00000000 # old\n  term: Б\n";
        TranslationStatus a = new TranslationStatus("uk", "terms", "a", State.UNSTAMPED, null, "f", "", "1234abcd",
                new TranslationStatus.Stamp(3, 2, false));
        TranslationStatus b = new TranslationStatus("uk", "terms", "b", State.STALE, null, "f", "", "5678ef90",
                new TranslationStatus.Stamp(5, 2, true));
        Stamps.Result result = Stamps.apply(text, List.of(a, b));
        assertEquals("# our renderings\n- id: a  # first\n  translates: 1234abcd\n  term: А\n- id: b\n"
                + "  translates: 5678ef90 # old\n  term: Б\n", result.text());
        assertEquals(List.of(), result.refused());
    }

    @Test
    void checkingKeepsEachLanguagesOverlaidContentAndTheStatusesCheckReports() {
        ParsedContent english = parse(
                "about.md", "---\ntitle: About\n---\nEnglish body.\n",
                "about.uk.md", "---\ntitle: Про нас\n---\nУкраїнський текст.\n",
                "team.md", "---\ntitle: Team\n---\nNot translated yet.\n");
        Map<String, Translations.Resolution> checked = Translations.checkAll(english, Translations.Policy.EDITING,
                new Diagnostics());
        assertEquals(List.of("uk"), List.copyOf(checked.keySet()));
        ParsedContent uk = checked.get("uk").content();
        assertEquals(Translations.overlay(english, "uk").pages().stream().map(p -> p.raw().title()).toList(),
                uk.pages().stream().map(p -> p.raw().title()).toList());
        assertEquals("Про нас", uk.pages().get(0).raw().title());
        assertEquals(Translations.check(english, Translations.Policy.EDITING, new Diagnostics()), checked.get("uk").statuses());
    }

    /**
     * An id written twice in the English files (two years' files) is refused at the second as a duplicate; that entry
     * was also "not translated" in its year's translation file, an error asking to translate what the build drops.
     */
    @Test
    void aSecondEnglishEntryWithTheSameIdIsNotCalledUntranslated() {
        String entry = """
                - id: kyiv
                  actor: gov
                  date: 2025-11-21
                  stance: conditional
                  subject: plan
                  summary: "Said it would study it."
                  sources: [wire]
                """;
        ParsedContent english = parse("data/reactions/2025.yaml", entry, "data/reactions/2026.yaml", entry,
                "data/reactions/2025.uk.yaml", "- id: kyiv\n  summary: \"Сказали, що вивчать.\"\n");
        Translations.Resolution uk = Translations.resolve(english, "uk", new Diagnostics());
        assertEquals(List.of(State.UNSTAMPED), uk.statuses().stream().map(TranslationStatus::state).toList(), uk.statuses().toString());
    }
}
