package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The collections are one closed set, named in Java through {@link CollectionName}. */
class CollectionNameTest {
    @Test
    void eachNameReadsBackAndEachRawRecordBelongsToOneCollection() {
        for (CollectionName name : CollectionName.values()) {
            assertEquals(Optional.of(name), CollectionName.of(name.id()));
            if (name.type() != null) {
                assertEquals(name, CollectionName.ofType(name.type()));
                assertEquals(name.type(), ContentParser.typeOf(name.id()));
            }
        }
        assertNull(ContentParser.typeOf("provisions"), "provisions are Markdown files, not a data/ collection");
        assertEquals(Optional.empty(), CollectionName.of("actor"));
        assertEquals("map layer", ContentParser.singular("map"));
        assertEquals(List.of("themes", "actors", "reactions", "events", "terms", "sources", "documents", "comparisons",
                "updates", "map", "shares", "charts"), ContentParser.COLLECTIONS);
    }

    /**
     * A ratchet: these files still write a collection's name as a string literal. The list may only
     * shrink; a new file that names a collection in a string fails here and should use the enum.
     */
    @Test
    void noNewFileWritesACollectionNameAsAString() throws Exception {
        Pattern literal = Pattern.compile("\"(provisions|themes|actors|reactions|events|terms|sources|documents"
                + "|comparisons|updates|map|shares)\"");
        List<String> files = new ArrayList<>();
        for (String pkg : List.of("content", "site", "i18n", "scaffold")) {
            try (var walk = Files.walk(Path.of("src/main/java/folio", pkg))) {
                for (Path file : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    if (literal.matcher(Files.readString(file)).find()) {
                        files.add(pkg + "/" + file.getFileName());
                    }
                }
            }
        }
        assertEquals(List.of("content/CollectionName.java",
                "site/AssemblyContext.java", "site/ComparisonAssembler.java", "site/DocumentAssembler.java",
                "site/FormerIds.java", "site/MapAssembler.java", "site/MenuEntry.java", "site/PageAssembler.java",
                "site/Pagination.java", "site/ReactionAssembler.java", "site/ShareAssembler.java",
                "site/SourceAssembler.java", "site/Targets.java", "site/UpdateAssembler.java",
                "i18n/TextField.java", "i18n/TranslationReader.java", "i18n/TranslationStatus.java",
                "i18n/Translations.java"), files);
    }
}
