package folio.render;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.EscapeFilter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pebble's {@code escape} filter (the one autoescaping puts around every printed value), which writes the quotes of
 * a text the filter {@code plain} gave ({@link PlainValue}) to be shown straight as {@code &#x22;} or {@code &#x27;}, as the page's HTML writes a
 * Markdown {@code \"}: {@code {{ p.summaryHtml | plain }}} shows its quotes as {@code {{ p.summaryHtml | raw }}} does.
 * Any other value, and any strategy but html, is the core filter's. It is an {@link EscapeFilter} itself: Pebble hands
 * only that class a value already escaped ({@code | raw}) as it is, and any other filter its text.
 */
final class StraightQuoteEscape extends EscapeFilter {
    private final EscapeFilter core;

    private StraightQuoteEscape(EscapeFilter core) {
        this.core = core;
    }

    /** {@code filters} with the escaper's filter wrapped; as they are if they have none. */
    static Map<String, Filter> wrap(Map<String, Filter> filters) {
        if (filters == null || !(filters.get("escape") instanceof EscapeFilter core)) {
            return filters;
        }
        Map<String, Filter> wrapped = new HashMap<>(filters);
        wrapped.put("escape", new StraightQuoteEscape(core));
        return wrapped;
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        Object strategy = args.get("strategy");
        PlainText.Shown plain = PlainValue.shown(input);
        if (plain != null && (strategy == null ? HTML_ESCAPE_STRATEGY.equals(core.getDefaultStrategy())
                : HTML_ESCAPE_STRATEGY.equals(strategy))) {
            return new SafeString(PlainValue.html(plain));
        }
        return core.apply(input, args, self, context, line);
    }

    @Override
    public List<String> getArgumentNames() {
        return core.getArgumentNames();
    }

    @Override
    public String getDefaultStrategy() {
        return core.getDefaultStrategy();
    }

    @Override
    public void setDefaultStrategy(String strategy) {
        core.setDefaultStrategy(strategy);
    }

    @Override
    public void addEscapingStrategy(String name, io.pebbletemplates.pebble.extension.escaper.EscapingStrategy strategy) {
        core.addEscapingStrategy(name, strategy);
    }
}
