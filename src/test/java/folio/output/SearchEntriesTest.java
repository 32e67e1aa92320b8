package folio.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SearchEntriesTest {
    private final AtomicInteger made = new AtomicInteger();
    private final Function<SearchEntries.Key, String> make = key -> {
        made.incrementAndGet();
        return key.title() + "|" + key.url() + "|" + key.kind() + "|" + key.text() + "|" + key.also();
    };

    private static SearchEntries.Key key(String text) {
        return new SearchEntries.Key("Title", "about/", "page", text, java.util.List.of(), " other names", "en", "en", null);
    }

    @Test
    void anEntryMadeByTheLastBuildIsFoundAgain() {
        SearchEntries entries = SearchEntries.kept();
        entries.nextBuild(false);
        String first = entries.object(key("text"), make);
        entries.nextBuild(false);
        assertEquals(first, entries.object(key("text"), make));
        assertEquals(1, made.get());
    }

    @Test
    void everyPartOfAnEntryMakesItAnew() {
        SearchEntries entries = SearchEntries.kept();
        entries.nextBuild(false);
        entries.object(key("text"), make);
        entries.nextBuild(false);
        assertEquals("Title|about/|page|new text| other names", entries.object(key("new text"), make));
        entries.object(new SearchEntries.Key("Other title", "about/", "page", "text", java.util.List.of(), " other names", "en", "en", null), make);
        entries.object(new SearchEntries.Key("Title", "uk/about/", "page", "text", java.util.List.of(), " other names", "en", "en", null), make);
        entries.object(new SearchEntries.Key("Title", "about/", "сторінка", "text", java.util.List.of(), " other names", "en", "en", null), make);
        entries.object(new SearchEntries.Key("Title", "about/", "page", "text", java.util.List.of(), " інші імена", "en", "en", null), make);
        // The same words with a quote to be shown straight.
        entries.object(new SearchEntries.Key("Title", "about/", "page", "text", java.util.List.of(0), " other names", "en", "en", null), make);
        // A source's, and the same with other marks round its headline.
        entries.object(new SearchEntries.Key("Title", "about/", "page", "text", java.util.List.of(), " other names", "en", "en",
                new SearchEntries.Headline("Wire", "en", "\u201c", "\u201d")), make);
        entries.object(new SearchEntries.Key("Title", "about/", "page", "text", java.util.List.of(), " other names", "en", "en",
                new SearchEntries.Headline("Wire", "en", "\u00ab", "\u00bb")), make);
        assertEquals(9, made.get());
    }

    @Test
    void anEntryNoBuildUsedSinceIsLetGo() {
        SearchEntries entries = SearchEntries.kept();
        entries.nextBuild(false);
        entries.object(key("text"), make);
        entries.nextBuild(false);
        entries.nextBuild(false);
        entries.object(key("text"), make);
        assertEquals(2, made.get());
    }

    @Test
    void aBuildFromTheCommandLineKeepsNothing() {
        SearchEntries.NONE.nextBuild(false);
        SearchEntries.NONE.object(key("text"), make);
        SearchEntries.NONE.nextBuild(false);
        SearchEntries.NONE.object(key("text"), make);
        assertEquals(2, made.get());
    }
}
