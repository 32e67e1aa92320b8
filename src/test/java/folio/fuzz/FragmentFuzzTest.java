package folio.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import folio.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Generated links with fragments, in every form Markdown offers (same page, another page, a
 * nested page, a data file's text, {@code [[page:...#...]]}, percent-encoded) and from a
 * template: the build fails exactly when one names no id on its target, with one error per
 * broken link at its own line, and a site it writes has no broken fragment.
 */
class FragmentFuzzTest {
    private static final Set<String> ABOUT = Set.of("method", "who-votes", "top");
    private static final Set<String> HOME = Set.of("start", "term-donbas", "top");
    private static final String[] ANCHORS = {"method", "who-votes", "start", "term-donbas", "metod", "who-vote", "nope",
        "Method", "top", "start-", "term-donbass"};
    private static final String SOURCES = "- id: src-a\n  outlet: Example News\n  title: \"A report\"\n  date: 2025-11-21\n"
            + "  url: https://example.org/a\n  flag: none\n";
    private static final Pattern LINK = Pattern.compile("href=\"([^\"#]*)#([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    /** One generated link: its Markdown, the line it is written on and whether its fragment exists. */
    private record Written(String file, int line, boolean valid) {}

    @Property(tries = 40)
    void aBuildFailsExactlyWhenAFragmentIsUnknownAndSaysWhere(@ForAll long seed, @ForAll @IntRange(min = 0, max = 6) int count)
            throws IOException {
        Random random = new Random(seed);
        List<Written> written = new ArrayList<>();
        StringBuilder home = new StringBuilder("---\ntitle: Home\n---\n## Start\n\n");
        StringBuilder rules = new StringBuilder("---\ntitle: Rules\n---\nRules.\n\n");
        StringBuilder terms = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String anchor = ANCHORS[random.nextInt(ANCHORS.length)];
            String encoded = random.nextBoolean() ? anchor : anchor.substring(0, anchor.length() - 1)
                    + "%" + Integer.toHexString(anchor.charAt(anchor.length() - 1));
            switch (random.nextInt(5)) {
                case 0 -> written.add(line(home, "content/index.md", "[x](about.md#" + encoded + ")", ABOUT.contains(anchor)));
                case 1 -> written.add(line(home, "content/index.md", "[x](#" + encoded + ")", HOME.contains(anchor)));
                case 2 -> written.add(line(home, "content/index.md", "[[page:about#" + anchor.toLowerCase(java.util.Locale.ROOT) + "]]",
                        ABOUT.contains(anchor.toLowerCase(java.util.Locale.ROOT))));
                case 3 -> written.add(line(rules, "content/guide/rules.md", "[x](../about.md#" + encoded + ")",
                        ABOUT.contains(anchor)));
                default -> {
                    // A term's definition is shown on the home page (see the template below).
                    int at = terms.toString().split("\n", -1).length;
                    terms.append("- id: t").append(i).append("\n  term: T").append(i).append("\n  definition: \"See [x](#")
                            .append(encoded).append(").\"\n  sources: [src-a]\n");
                    written.add(new Written("content/data/terms.yaml", at + 2, HOME.contains(anchor)));
                }
            }
        }
        boolean templateValid = random.nextBoolean();
        Path root = Files.createTempDirectory("folio-fuzz-fragment");
        try {
            TestSite site = TestSite.minimal(root)
                    .file("templates/page.peb", TestSite.BASE_TEMPLATE.replace("<main>", "<main><a href=\"{{ url('about/#"
                            + (templateValid ? "who-votes" : "who-voted") + "') }}\">Who</a>"
                            + "{% if page.id == 'index' %}<p id=\"term-donbas\"></p>"
                            + "{% for t in site.terms %}<p>{{ t.definitionHtml | raw }}</p>{% endfor %}{% endif %}"))
                    .file("content/index.md", home.toString())
                    .file("content/about.md", "---\ntitle: About\n---\n## Method\n\n## Who votes\n")
                    .file("content/guide/rules.md", rules.toString());
            if (!terms.isEmpty()) {
                site.file("content/data/terms.yaml", terms.toString()).file("content/data/sources.yaml", SOURCES);
            }
            Build.Result result = site.build();
            String errors = TestSite.errors(result);
            long broken = written.stream().filter(w -> !w.valid()).count() + (templateValid ? 0 : 1);
            assertEquals(broken == 0, result.ok(), errors);
            if (!result.ok()) {
                List<Diagnostic> anchors = result.diagnostics().stream().filter(d -> d.message().startsWith("no anchor")).toList();
                assertEquals(result.diagnostics().size(), anchors.size(), errors);
                for (Written w : written) {
                    boolean reported = anchors.stream().anyMatch(d -> d.path().equals(w.file()) && d.line() == w.line());
                    assertEquals(!w.valid(), reported, w + "\n" + errors);
                }
                assertEquals(!templateValid, anchors.stream().anyMatch(d -> d.path().equals("templates/page.peb")), errors);
            } else {
                for (String page : List.of("index.html", "about/index.html", "guide/rules/index.html")) {
                    assertNoBrokenFragment(site, page);
                }
            }
        } finally {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Written line(StringBuilder text, String file, String link, boolean valid) {
        int at = text.toString().split("\n", -1).length;
        text.append(link).append("\n\n");
        return new Written(file, at, valid);
    }

    /** An oracle of its own: every fragment in the page names an id of the page it points at. */
    private static void assertNoBrokenFragment(TestSite site, String page) {
        Matcher link = LINK.matcher(site.read(page));
        while (link.find()) {
            String target = link.group(1).isEmpty() ? page
                    : root(page).resolve(link.group(1)).normalize().toString().replace('\\', '/');
            String fragment = java.net.URLDecoder.decode(link.group(2).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            if (fragment.equals("top")) {
                continue;
            }
            Set<String> ids = new java.util.HashSet<>();
            Matcher id = ID.matcher(site.read(target));
            while (id.find()) {
                ids.add(id.group(1));
            }
            assertTrue(ids.contains(fragment), page + " links to " + target + "#" + fragment);
        }
    }

    private static Path root(String page) {
        Path parent = Path.of(page).getParent();
        return parent == null ? Path.of("") : parent;
    }
}
