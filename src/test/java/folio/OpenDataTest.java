package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import folio.render.RenderedFile;
import folio.site.SitePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The open-data files of the real site: each parses and matches its JSON Schema in
 * docs/data-schema/, holds every entry of its collection, whose ids and URLs are the site's own
 * anchors; each CSV holds the same entries; the about page links every file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataTest {
    private static final Path SCHEMAS = Path.of("docs", "data-schema");
    private static final Map<String, String> ANCHOR_KIND = Map.of("documents", "document", "reactions", "reaction",
            "events", "event", "actors", "actor", "terms", "term", "sources", "source");
    private final ObjectMapper mapper = new ObjectMapper();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private Build.Result result;
    private Map<String, RenderedFile> files;

    @BeforeAll
    void build() {
        result = RealSite.built();
        files = new TreeMap<>();
        result.files().forEach(f -> files.put(f.path(), f));
    }

    private Map<String, RenderedFile> jsonFiles() {
        Map<String, RenderedFile> json = new TreeMap<>();
        files.forEach((path, file) -> {
            if (path.startsWith("data/") && path.endsWith(".json")) {
                json.put(path.substring("data/".length(), path.length() - ".json".length()), file);
            }
        });
        return json;
    }

    private List<String> validate(String collection, String json) throws IOException {
        Schema schema = registry.getSchema(Files.readString(SCHEMAS.resolve(collection + ".schema.json")), InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    @Test
    void everyCollectionHasADataFileAndASchema() throws IOException {
        try (Stream<Path> schemas = Files.list(SCHEMAS)) {
            TreeSet<String> names = schemas.map(p -> p.getFileName().toString().replace(".schema.json", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(names, new TreeSet<>(jsonFiles().keySet()));
        }
        assertEquals(List.of("actors", "documents", "events", "provisions", "reactions", "sources", "terms"),
                List.copyOf(jsonFiles().keySet()));
    }

    @Test
    void everyDataFileMatchesItsSchema() throws IOException {
        for (Map.Entry<String, RenderedFile> file : jsonFiles().entrySet()) {
            assertEquals(List.of(), validate(file.getKey(), file.getValue().text()), file.getKey());
        }
    }

    @Test
    void theSchemaRefusesAWrongEntry() throws IOException {
        ObjectNode data = (ObjectNode) mapper.readTree(jsonFiles().get("reactions").text());
        ObjectNode first = (ObjectNode) data.get("entries").get(0);
        first.put("stance", "suport");
        assertFalse(validate("reactions", data.toString()).isEmpty(), "a stance that does not exist");
        first.put("stance", "support");
        first.remove("actor");
        assertFalse(validate("reactions", data.toString()).isEmpty(), "a missing actor");
        first.put("actor", "kallas");
        first.put("mood", "calm");
        assertFalse(validate("reactions", data.toString()).isEmpty(), "a field the schema does not define");
    }

    @Test
    void everyEntryIsThereWithTheSiteIdsAndAnchors() throws IOException {
        var site = result.site();
        Map<String, Integer> sizes = Map.of("provisions", site.provisions().size(), "documents", site.documents().size(),
                "reactions", site.reactions().size(), "events", site.events().size(), "actors", site.actors().size(),
                "terms", site.terms().size(), "sources", site.sources().size());
        String base = site.config().baseUrl();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, RenderedFile> file : jsonFiles().entrySet()) {
            JsonNode data = mapper.readTree(file.getValue().text());
            assertEquals(site.lastUpdated().iso(), data.get("updated").asText(), "the date comes from the content");
            assertEquals((int) sizes.get(file.getKey()), data.get("entries").size(), file.getKey());
            for (JsonNode entry : data.get("entries")) {
                String id = entry.get("id").asText();
                if (entry.get("url").isNull()) {
                    continue;
                }
                String url = entry.get("url").asText();
                String page = SitePaths.file(url.substring(base.length()));
                String anchor = page.contains("#") ? page.substring(page.indexOf('#') + 1) : null;
                page = anchor == null ? page : page.substring(0, page.indexOf('#'));
                String kind = ANCHOR_KIND.get(file.getKey());
                if (!url.startsWith(base) || !files.containsKey(page)) {
                    problems.add(file.getKey() + " " + id + ": no page " + url);
                } else if (kind != null && !id.equals(anchor)) {
                    problems.add(file.getKey() + " " + id + ": anchor '" + anchor + "' is not the id");
                } else if (anchor != null && !files.get(page).text().contains("id=\"" + anchor + "\"")) {
                    problems.add(file.getKey() + " " + id + ": no element with id " + anchor + " on " + page);
                } else if (kind != null && !files.get(page).text().contains("id=\"" + kind + "-" + id + "\"")) {
                    problems.add(file.getKey() + " " + id + ": the older anchor " + kind + "-" + id + " is gone from " + page);
                }
                for (JsonNode previous : entry.get("previous_ids")) {
                    if (anchor != null && files.containsKey(page) && !files.get(page).text().contains("id=\"" + previous.asText() + "\"")) {
                        problems.add(file.getKey() + " " + id + ": its previous id " + previous.asText() + " is no anchor on " + page);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCsvHoldsTheSameEntriesAsItsJson() throws IOException {
        int checked = 0;
        for (Map.Entry<String, RenderedFile> file : jsonFiles().entrySet()) {
            RenderedFile csv = files.get("data/" + file.getKey() + ".csv");
            if (csv == null) {
                continue;
            }
            JsonNode entries = mapper.readTree(file.getValue().text()).get("entries");
            List<List<String>> rows = Csv.parse(csv.text());
            List<String> header = new ArrayList<>();
            entries.get(0).fieldNames().forEachRemaining(header::add);
            assertEquals(header, rows.get(0), file.getKey());
            assertEquals(entries.size() + 1, rows.size(), file.getKey());
            for (int i = 0; i < entries.size(); i++) {
                assertEquals(header.size(), rows.get(i + 1).size(), file.getKey() + " row " + (i + 1));
                for (int c = 0; c < header.size(); c++) {
                    JsonNode value = entries.get(i).get(header.get(c));
                    String expected = value.isNull() ? "" : value.isArray()
                            ? String.join("; ", mapper.convertValue(value, String[].class)) : value.asText();
                    // A text that a spreadsheet would run as a formula is led by ' (DataFormats).
                    expected = value.isTextual() || value.isArray() ? formulaSafe(expected) : expected;
                    assertEquals(expected, rows.get(i + 1).get(c), file.getKey() + " row " + (i + 1) + " " + header.get(c));
                }
            }
            checked++;
        }
        assertEquals(6, checked, "every collection but the provisions (whose changes are nested) has a CSV");
        assertFalse(files.containsKey("data/provisions.csv"));
    }

    private static String formulaSafe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Test
    void theAboutPageLinksEveryDataFileAndStatesTheLicence() {
        String about = files.get("about/index.html").text();
        for (String path : files.keySet()) {
            if (path.startsWith("data/")) {
                assertTrue(about.contains("href=\"../" + path + "\""), "about/ links " + path);
            }
        }
        assertTrue(about.contains("id=\"open-data\""));
        assertTrue(about.contains("id=\"licence-and-reuse\""));
        for (RenderedFile page : RealSite.pages()) {
            assertTrue(page.text().contains("https://creativecommons.org/licenses/by/4.0/\" rel=\"license\""),
                    page.path() + " states the licence in its footer");
        }
    }

    /** RFC 4180 reading, enough to check what the build writes. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            assertTrue(row.isEmpty() && cell.length() == 0 && !quoted, "the CSV ends with a complete row");
            return rows;
        }
    }
}
