package folio.render;

import folio.diag.Diagnostics;
import folio.project.Project;
import folio.site.Site;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * sitemap.xml and feed.xml, written by the templates {@code sitemap.xml.peb} and
 * {@code feed.xml.peb} (the theme's own, or the built-in ones), autoescaped like every page.
 */
public final class XmlFiles {
    static final List<String> TEMPLATES = List.of("sitemap.xml", "feed.xml");

    private XmlFiles() {}

    /** Both files; {@code pages} are the output paths of the rendered pages. Template errors go to diagnostics. */
    public static List<RenderedFile> render(Project project, Site site, List<String> pages, Diagnostics diagnostics,
                                            Templates templates) {
        PebbleEngine engine = templates.engine();
        Map<String, Object> variables = Map.of("site", site, "urls", urls(pages),
                PageContext.VARIABLE, PageContext.detached(site.config().baseUrl(), new Partials(engine), site.config().language()));
        List<RenderedFile> files = new ArrayList<>();
        for (String name : TEMPLATES) {
            StringWriter out = new StringWriter();
            try {
                TemplateErrors.evaluate(engine.getTemplate(name), name, out, variables);
                java.nio.file.Path own = project.templates().resolve(name + ".peb");
                String cut = shapeProblem(out.toString());
                if (cut != null && java.nio.file.Files.isRegularFile(own)) {
                    diagnostics.error(project.display(own), lines(own), 0, "template error: " + name + " as this template "
                            + "writes it " + cut + ": feed readers and search engines refuse a file that is not whole XML: "
                            + "write the file out to its end (or delete this template to use folio's own)");
                    continue;
                }
                files.add(RenderedFile.text(name, out.toString()));
            } catch (PebbleException e) {
                diagnostics.add(TemplateErrors.toDiagnostic(e, project, name, name));
            } catch (RuntimeException e) {
                var twice = NameClash.metWhileRendering(e, project, templates.failures());
                if (twice != null) {
                    // As where a page meets it (PageRenderer): at the line of the template that defines the macro twice.
                    diagnostics.add(TemplateErrors.toDiagnostic(twice.getValue(), project, twice.getKey(), name));
                    continue;
                }
                String crashed = PebbleCrashes.crashedTemplate(e, name, templates.crashes());
                if (crashed != null) {
                    TemplateErrors.Located at = PebbleCrashes.crash(project, crashed);
                    diagnostics.error(at.path(), at.line(), at.column(), "template error: " + at.message());
                    continue;
                }
                if (!PebbleCrashes.thrownByPebble(e)) {
                    throw e;
                }
                diagnostics.add(TemplateErrors.toDiagnostic(PebbleCrashes.fromPebble(e, name), project, name, name));
            } catch (IOException e) {
                diagnostics.error(project.display(project.templates().resolve(name + ".peb")), 0, 0, "cannot render: " + e.getMessage());
            }
        }
        return files;
    }

    private static final java.util.regex.Pattern START_TAG = java.util.regex.Pattern.compile("<([A-Za-z_][-A-Za-z0-9_.:]*)");
    private static final java.util.regex.Pattern END_TAG = java.util.regex.Pattern.compile("</([A-Za-z_][-A-Za-z0-9_.:]*)\\s*>$");

    /**
     * Why {@code xml} is cut short, or null: it is empty, starts with no element, or does not end
     * with the end tag of the element it starts with (a template emptied or cut off in an edit,
     * which was published with exit 0). Not a whole XML check: a parser's start-up would cost
     * every build more than the rest of this stage.
     */
    static String shapeProblem(String xml) {
        String text = xml.strip();
        if (text.isEmpty()) {
            return "is empty";
        }
        int at = 0;
        while (at < text.length()) {
            if (Character.isWhitespace(text.charAt(at))) {
                at++;
            } else if (text.startsWith("<!DOCTYPE", at)) {
                int subset = text.indexOf('[', at);
                int end = text.indexOf('>', at);
                end = subset >= 0 && subset < end ? text.indexOf("]>", subset) : end;
                if (end < 0) {
                    return "ends inside its <!DOCTYPE>";
                }
                at = text.indexOf('>', end) + 1;
            } else if (text.startsWith("<?", at) || text.startsWith("<!--", at)) {
                int end = text.indexOf(text.startsWith("<?", at) ? "?>" : "-->", at);
                if (end < 0) {
                    return "ends inside its first " + (text.startsWith("<?", at) ? "<?...?>" : "<!-- comment -->");
                }
                at = end + (text.startsWith("<?", at) ? 2 : 3);
            } else {
                break;
            }
        }
        java.util.regex.Matcher start = START_TAG.matcher(text).region(at, text.length());
        if (!start.lookingAt()) {
            return "starts with no element (it starts: " + text.substring(at, Math.min(text.length(), at + 40)) + ")";
        }
        String root = start.group(1);
        int close = text.indexOf('>', at);
        if (close == text.length() - 1 && text.charAt(close - 1) == '/') {
            return null; // <urlset/>: the whole file is one empty element
        }
        java.util.regex.Matcher end = END_TAG.matcher(withoutTrailingMiscellany(text));
        if (!end.find() || !end.group(1).equals(root)) {
            String last = text.substring(text.lastIndexOf('\n') + 1).strip();
            if (last.length() > 60) {
                int tag = last.indexOf('<', last.length() - 60);
                last = "..." + last.substring(tag < 0 ? last.length() - 60 : tag);
            }
            return "does not end with </" + root + ">, the end of the <" + root + "> it starts with (its last line: " + last + ")";
        }
        return null;
    }

    /** {@code text} without the comments and processing instructions XML allows after the root element. */
    private static String withoutTrailingMiscellany(String text) {
        String rest = text;
        while (true) {
            int start = rest.endsWith("-->") ? rest.lastIndexOf("<!--") : rest.endsWith("?>") ? rest.lastIndexOf("<?") : -1;
            if (start < 0) {
                return rest;
            }
            rest = rest.substring(0, start).strip();
        }
    }

    /** The number of lines of {@code file} (at least 1), whose end is where a file cut short is to be finished; 0 if unreadable. */
    private static int lines(java.nio.file.Path file) {
        try {
            return (int) Math.max(1, java.nio.file.Files.readString(file).lines().count());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The site path of every HTML page but the 404 page ("about/" for about/index.html). */
    static List<String> urls(List<String> pages) {
        List<String> urls = new ArrayList<>();
        for (String page : pages) {
            if (page.endsWith(".html") && !page.equals("404.html")) {
                urls.add(page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page);
            }
        }
        return urls;
    }
}
