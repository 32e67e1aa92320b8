package folio.render;

import folio.site.Corroboration;
import folio.site.Source;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.Test;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The functions and filters templates use (documented in docs/templates.md):
 * {@code url(path)}, {@code absUrl(path)}, {@code cite(sources)}, {@code references()},
 * {@code oblastMap(layers)}, {@code oblastMapKey(layer, layers)}, {@code t(key, n)}, {@code languageUrl(language, path)}, the filters {@code plain} and {@code json},
 * and the test {@code cited}.
 */
final class FolioExtension extends AbstractExtension {
    private final OblastMaps maps;
    /** Set before each build's render stage; builds that share an engine (serve) never overlap. */
    private volatile String baseUrl = "";
    /** The theme's interface strings, loaded by each build's render stage. */
    private volatile InterfaceStrings strings = InterfaceStrings.NONE;

    /** What each template calls, recorded as Pebble compiles it, to find the calls that would fail when they run. */
    private final TemplateNames names = new TemplateNames();

    FolioExtension(java.nio.file.Path templates) {
        this(folio.project.Project.of(java.nio.file.Path.of(""), java.nio.file.Path.of("content"), templates,
                java.nio.file.Path.of("site")));
    }

    FolioExtension(folio.project.Project project) {
        this.maps = new OblastMaps(project);
    }

    /** The base URL absUrl() puts before a path, from the site being rendered. */
    void useBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The interface strings t() looks up, from the build being rendered. */
    void useStrings(InterfaceStrings strings) {
        this.strings = strings;
    }

    InterfaceStrings strings() {
        return strings;
    }

    /** Reads what the functions need from disk now rather than on first use (see OblastMaps#preload). */
    void preload() {
        maps.preload();
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "url", function(List.of("path"), (args, page) -> page.url(text(args.get("path")))),
                "absUrl", function(List.of("path"), (args, page) -> baseUrl + text(args.get("path"))),
                "cite", framed("cite()", function(List.of("sources"), (args, page) -> new SafeString(page.cite(ids(args.get("sources")))))),
                "references", framed("references()", function(List.of(), (args, page) -> new SafeString(page.references()))),
                "t", new Translate(this::strings),
                "languageUrl", function(List.of("language", "path"), (args, page) -> page.inLanguage(
                        args.get("language") instanceof folio.site.Language l ? l.prefix() : "", text(args.get("path")))),
                "oblastMap", framed("oblastMap()", maps.map()),
                "oblastMapKey", framed("oblastMapKey()", maps.key()));
    }

    /** A function that renders a partial, run in a frame of {@link TemplateCalls}: a partial that calls it again is a loop told where it closes. */
    private static Function framed(String name, Function core) {
        return new Function() {
            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return TemplateCalls.call(self == null ? "" : self.getName(), line, name, () -> core.execute(args, self, context, line));
            }

            @Override
            public List<String> getArgumentNames() {
                return core.getArgumentNames();
            }
        };
    }

    /**
     * {@code x is cited}: the text holds a citation of its own, so the template need not add one.
     * {@code citations is unconfirmed}: the cited sources (citations or sources) are second-hand
     * copies of one outlet's report, see {@link Corroboration#singleUnconfirmedReport}.
     */
    @Override
    public Map<String, Test> getTests() {
        return Map.of("unconfirmed", test(input -> input instanceof Collection<?> items && Corroboration.singleUnconfirmedReport(
                items.stream().map(item -> item instanceof Citation c ? c.source() : item instanceof Source s ? s : null).toList())),
                "cited", new Test() {
            @Override
            public boolean apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return input instanceof PageHtml html && html.markup().cited();
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }
        });
    }

    @Override
    public Map<String, Filter> getFilters() {
        // plain keeps the quotes to be shown straight (PlainValue), which autoescaping (StraightQuoteEscape) and json write so.
        return Map.of("plain", filter(value -> PlainValue.of(value instanceof PageHtml html ? PlainText.shown(html.markup())
                        : PlainText.shown(text(value), Integer.MAX_VALUE))),
                "json", filter(value -> {
                    PlainText.Shown plain = PlainValue.shown(value);
                    return new SafeString(plain != null ? Json.quote(plain) : Json.quote(text(value)));
                }));
    }

    TemplateNames names() {
        return names;
    }

    @Override
    public List<io.pebbletemplates.pebble.extension.NodeVisitorFactory> getNodeVisitors() {
        return List.of(names.visitors());
    }

    @Override
    public List<io.pebbletemplates.pebble.attributes.AttributeResolver> getAttributeResolver() {
        return List.of(new MarkupFields(this::strings));
    }

    private static List<String> ids(Object sources) {
        List<String> ids = new ArrayList<>();
        if (sources instanceof Collection<?> collection) {
            for (Object item : collection) {
                ids.add(item instanceof Source source ? source.id() : String.valueOf(item));
            }
        } else if (sources instanceof Source source) {
            ids.add(source.id());
        }
        return ids;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private interface Body {
        Object apply(Map<String, Object> args, PageContext page);
    }

    private static Function function(List<String> names, Body body) {
        return new Function() {
            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return body.apply(args, PageContext.of(context));
            }

            @Override
            public List<String> getArgumentNames() {
                return names;
            }
        };
    }

    private static Test test(java.util.function.Predicate<Object> body) {
        return new Test() {
            @Override
            public boolean apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return body.test(input);
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }
        };
    }

    private static Filter filter(java.util.function.Function<Object, Object> body) {
        return new Filter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return body.apply(input);
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }
        };
    }
}
