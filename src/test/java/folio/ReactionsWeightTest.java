package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.output.CompactFiles;
import folio.project.Project;
import folio.render.RenderedFile;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real site with twice today's reactions (each copied under a new id) still keeps every
 * reactions page within the browser gate's weight budget: HTML (inline SVG excluded) plus the
 * stylesheets and scripts it loads, at most 100 K characters (tools/gates/gates.mjs measures the
 * same way: characters, so a Ukrainian page is held to the same amount of text as an English one).
 */
class ReactionsWeightTest {
    static final int BUDGET = 100 * 1024;
    private static final Pattern ASSET = Pattern.compile("<link[^>]+rel=\"stylesheet\"[^>]*href=\"([^\"]+)\"|<script[^>]+src=\"([^\"]+)\"");
    private static final Pattern SVG = Pattern.compile("<svg[\\s\\S]*?</svg>");
    private static final Pattern ID_LINE = Pattern.compile("(?m)^- id: (\\S+)$");

    @Test
    void reactionsPagesStayWithinTheBudgetWithTwiceTodaysReactions(@TempDir Path root) throws IOException {
        ProjectFiles.copyTree(Path.of("content"), root.resolve("content"));
        ProjectFiles.copyTree(Path.of("templates"), root.resolve("templates"));
        int today = 0;
        try (Stream<Path> files = Files.list(root.resolve("content/data/reactions"))) {
            // English files only: a translation (2025.uk.yaml) overlays its English file's ids, it adds none.
            for (Path file : files.sorted().filter(f -> f.getFileName().toString().matches("[^.]+\\.yaml")).toList()) {
                String yaml = Files.readString(file);
                today += (int) ID_LINE.matcher(yaml).results().count();
                String copies = ID_LINE.matcher(yaml).replaceAll("- id: $1-copy");
                String name = file.getFileName().toString();
                Files.writeString(file.resolveSibling(name.replace(".yaml", "-copies.yaml")), copies);
            }
        }
        assertTrue(today > 20, "the real site's reactions were not found: " + today);

        Project project = Project.of(root, Path.of("content"), Path.of("templates"), root.resolve("site"));
        // The copies have no Ukrainian translation: they show their English text in the uk edition.
        Build.Result result = Build.run(new Build.Options(project, null, false, true, true, null,
                new folio.i18n.Translations.Policy(false, true)));
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        Map<String, RenderedFile> files = result.files().stream().collect(Collectors.toMap(RenderedFile::path, Function.identity()));

        List<String> reactionPages = files.keySet().stream().filter(p -> p.startsWith("reactions/") && p.endsWith(".html")).sorted().toList();
        int shown = 0;
        List<String> over = new ArrayList<>();
        for (String page : reactionPages) {
            String html = files.get(page).text();
            shown += countOf(html, "<li class=\"rx\"");
            long weight = weight(page, html, files, root.resolve("templates/static"), result.site().config().basePath());
            if (weight > BUDGET) {
                over.add(page + ": " + String.format("%.1f K characters", weight / 1024.0));
            }
        }
        assertEquals(2 * today, shown, "every reaction and its copy appear once on the reactions pages " + reactionPages);
        assertEquals(List.of(), over, "reactions pages over the 100 K characters budget with twice today's reactions");
    }

    /**
     * HTML characters without inline SVG, plus each stylesheet and script the page loads (once each, compacted as the build writes it);
     * an absolute address (the 404 page's) is read below the site's base path.
     */
    static long weight(String page, String html, Map<String, RenderedFile> files, Path staticDir, String basePath) throws IOException {
        long size = html.length();
        Matcher svg = SVG.matcher(html);
        while (svg.find()) {
            size -= svg.group().length();
        }
        Set<String> assets = new LinkedHashSet<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            assets.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        for (String asset : assets) {
            String path = asset.startsWith(basePath) ? asset.substring(basePath.length())
                    : URI.create(page).resolve(asset).getPath();
            RenderedFile built = files.get(path);
            if (built != null) {
                size += built.text().length();
            } else if (Files.isRegularFile(staticDir.resolve(path))) {
                // as the build copies it (compacted, its comments gone), which is what the gate weighs
                size += new String(CompactFiles.read(path, staticDir.resolve(path)), StandardCharsets.UTF_8).length();
            } else {
                throw new AssertionError(page + " loads " + asset + ", which the build did not write");
            }
        }
        return size;
    }

    private static int countOf(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
