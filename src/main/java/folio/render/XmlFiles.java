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
                files.add(RenderedFile.text(name, out.toString()));
            } catch (PebbleException e) {
                diagnostics.add(TemplateErrors.toDiagnostic(e, project, name, name));
            } catch (RuntimeException e) {
                String crashed = TemplateErrors.crashedTemplate(e, name, templates.crashes());
                if (crashed != null) {
                    TemplateErrors.Located at = TemplateErrors.crash(project, crashed);
                    diagnostics.error(at.path(), at.line(), at.column(), "template error: " + at.message());
                    continue;
                }
                if (!TemplateErrors.thrownByPebble(e)) {
                    throw e;
                }
                diagnostics.add(TemplateErrors.toDiagnostic(TemplateErrors.fromPebble(e, name), project, name, name));
            } catch (IOException e) {
                diagnostics.error(project.display(project.templates().resolve(name + ".peb")), 0, 0, "cannot render: " + e.getMessage());
            }
        }
        return files;
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
