import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Writes a synthetic corpus of N Markdown pages for the benchmark, once per generator
 * ("flavour"), with the same page text everywhere; only the front matter, the form of the links
 * between pages and the project layout differ. Deterministic: page i always gets the same text
 * for a given N.
 *
 * <pre>
 * java bench/GenerateCorpus.java --pages 10000 --out bench/.work/10000 [--flavours folio,hugo,eleventy,jekyll]
 * </pre>
 *
 * Writes OUT/folio/content/..., OUT/hugo/content/..., OUT/eleventy/src/..., OUT/jekyll/...;
 * the templates and configuration come from bench/templates/FLAVOUR/ and are copied by run.sh.
 * Each page: front matter with title, date and tags; then headings, paragraphs, an unordered
 * and an ordered list, a table, emphasis, inline code and about 10 relative links to other pages
 * (in each generator's own idiom, see {@link #relative}).
 */
public class GenerateCorpus {
    private static final String[] WORDS = ("alpha beta gamma delta river mountain harbour signal archive "
            + "ledger garden window market engine lantern meadow compass orchard quarry summit bridge "
            + "candle forest glacier island journal kettle ladder mirror needle ocean pepper quiet "
            + "ribbon saddle timber umbrella valley whistle yellow zephyr anchor basket cabin dune "
            + "ember falcon granite hollow ivory jasmine kernel lattice marble nectar opal pebble "
            + "quartz raven sierra tundra velvet willow young zenith amber bloom cedar drift echo "
            + "fable grove haven iris jade knoll lumen mesa nova onyx prism quill reef slate tide "
            + "the of and to in a is that for it as with was on be by at this from or an are").split(" ");
    private static final int TAG_COUNT = 40;

    public static void main(String[] args) throws IOException {
        int pages = 0;
        Path out = null;
        List<String> flavours = List.of("folio", "hugo", "eleventy", "jekyll");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--flavours", "--flavors" -> flavours = List.of(args[++i].split(","));
                default -> {
                    System.err.println("usage: java bench/GenerateCorpus.java --pages N --out DIR [--flavours folio,hugo,eleventy,jekyll]");
                    System.exit(2);
                }
            }
        }
        if (pages < 1 || out == null) {
            System.err.println("usage: java bench/GenerateCorpus.java --pages N --out DIR [--flavours folio,hugo,eleventy,jekyll]");
            System.exit(2);
        }
        final int n = pages;
        final Path root = out;
        for (String flavour : flavours) {
            Path posts = postsDir(root, flavour);
            Files.createDirectories(posts);
            writeHome(root, flavour, n);
            IntStream.rangeClosed(1, n).parallel().forEach(i -> {
                Page page = page(i, n, flavour);
                write(posts.resolve(id(i) + ".md"), frontMatter(flavour, page) + page.body);
            });
        }
        System.out.println("wrote " + n + " pages for " + String.join(", ", flavours) + " under " + out);
    }

    record Page(String title, LocalDate date, List<String> tags, String body) {}

    static Path postsDir(Path root, String flavour) {
        return switch (flavour) {
            case "folio", "hugo" -> root.resolve(flavour).resolve("content/posts");
            case "eleventy" -> root.resolve(flavour).resolve("src/posts");
            case "jekyll" -> root.resolve(flavour).resolve("posts");
            default -> throw new IllegalArgumentException("unknown flavour " + flavour);
        };
    }

    static void writeHome(Path root, String flavour, int n) {
        Path dir = root.resolve(flavour);
        String title = "Benchmark site";
        switch (flavour) {
            case "folio" -> {
                write(dir.resolve("content/site.yaml"), "title: \"Benchmark site\"\n"
                        + "description: \"A synthetic corpus of " + n + " pages.\"\n"
                        + "base_url: \"https://example.org/\"\n"
                        + "language: en\n"
                        + "coverage_until: 2026-01-01\n");
                write(dir.resolve("content/index.md"), "---\ntitle: \"" + title + "\"\nlayout: home\n---\n"
                        + "Every page of the corpus.\n");
            }
            case "hugo" -> write(dir.resolve("content/_index.md"), "---\ntitle: \"" + title + "\"\n---\n"
                    + "Every page of the corpus.\n");
            case "eleventy" -> { /* src/index.njk and the layouts come from bench/templates/eleventy */ }
            case "jekyll" -> { /* index.html and the layouts come from bench/templates/jekyll */ }
            default -> throw new IllegalArgumentException(flavour);
        }
    }

    static String frontMatter(String flavour, Page page) {
        StringBuilder fm = new StringBuilder("---\n");
        fm.append("title: \"").append(page.title).append("\"\n");
        fm.append("date: ").append(page.date).append('\n');
        String tags = "[" + String.join(", ", page.tags) + "]";
        if (flavour.equals("folio")) {
            // folio's page front matter has a fixed schema: free-form keys go under params.
            fm.append("params: {tags: ").append(tags).append("}\n");
        } else {
            fm.append("tags: ").append(tags).append('\n');
        }
        return fm.append("---\n").toString();
    }

    static String id(int i) {
        return String.format("p%06d", i);
    }

    static Page page(int i, int n, String flavour) {
        Random random = new Random(1_000_003L * i + n);
        String title = capitalise(words(random, 3 + random.nextInt(4))) + " " + i;
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(i % 2000);
        Set<String> tags = new LinkedHashSet<>();
        int tagCount = 1 + random.nextInt(3);
        while (tags.size() < tagCount) {
            tags.add("tag" + random.nextInt(TAG_COUNT));
        }
        StringBuilder b = new StringBuilder();
        b.append(paragraph(random, n, 4, flavour)).append("\n\n");
        b.append("## ").append(capitalise(words(random, 3))).append("\n\n");
        b.append(paragraph(random, n, 5, flavour)).append("\n\n");
        b.append(paragraph(random, n, 3, flavour)).append("\n\n");
        for (int k = 0; k < 4; k++) {
            b.append("- ").append(capitalise(words(random, 4))).append(" [").append(words(random, 2)).append("](")
                    .append(link(random, n, flavour)).append(")\n");
        }
        b.append("\n### ").append(capitalise(words(random, 2))).append("\n\n");
        b.append(paragraph(random, n, 4, flavour)).append("\n\n");
        b.append("| Name | Count | Share | Note |\n|---|---:|---:|---|\n");
        for (int row = 0; row < 5; row++) {
            b.append("| ").append(capitalise(words(random, 1))).append(" | ").append(random.nextInt(10_000))
                    .append(" | ").append(random.nextInt(100)).append("% | ").append(words(random, 3)).append(" |\n");
        }
        b.append("\n## ").append(capitalise(words(random, 4))).append("\n\n");
        for (int k = 1; k <= 3; k++) {
            b.append(k).append(". ").append(capitalise(words(random, 6))).append(".\n");
        }
        b.append('\n').append(paragraph(random, n, 5, flavour)).append("\n\n");
        b.append("### ").append(capitalise(words(random, 3))).append("\n\n");
        b.append(paragraph(random, n, 4, flavour)).append("\n\n");
        b.append("See also [the previous page](").append(relative(i == 1 ? n : i - 1, flavour)).append(") and [the next page](")
                .append(relative(i == n ? 1 : i + 1, flavour)).append(").\n");
        return new Page(title, date, List.copyOf(tags), b.toString());
    }

    static String paragraph(Random random, int n, int sentences, String flavour) {
        StringBuilder p = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                p.append(' ');
            }
            List<String> sentence = new ArrayList<>(List.of(words(random, 8 + random.nextInt(10)).split(" ")));
            int at = 1 + random.nextInt(sentence.size() - 1);
            switch (random.nextInt(5)) {
                case 0 -> sentence.set(at, "*" + sentence.get(at) + "*");
                case 1 -> sentence.set(at, "**" + sentence.get(at) + "**");
                case 2 -> sentence.set(at, "`" + sentence.get(at) + "`");
                case 3 -> sentence.set(at, "[" + sentence.get(at) + "](" + link(random, n, flavour) + ")");
                default -> { }
            }
            p.append(capitalise(String.join(" ", sentence))).append('.');
        }
        return p.toString();
    }

    static String link(Random random, int n, String flavour) {
        return relative(1 + random.nextInt(n), flavour);
    }

    /**
     * A link from page A to page B in each generator's own idiom: folio links to the source file
     * (posts/pB.md, checked and rewritten to the output path at build time); the others link to the
     * pretty output URL, from posts/pA/ to posts/pB/.
     */
    static String relative(int target, String flavour) {
        return flavour.equals("folio") ? id(target) + ".md" : "../" + id(target) + "/";
    }

    static String words(Random random, int count) {
        StringBuilder w = new StringBuilder();
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                w.append(' ');
            }
            w.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return w.toString();
    }

    static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
