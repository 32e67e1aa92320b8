package folio.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Jackson's streaming YAML parser, configured once for what folio reads: duplicate keys refused
 * ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}), nesting limited by
 * {@link StreamReadConstraints}, and the size limited by SnakeYAML's code-point limit (Jackson's
 * YAML parser does not apply {@code maxDocumentLength}). Jackson reads anchors and aliases
 * without resolving them and moves on to a second document silently; this parser refuses both
 * at the event that starts them, through the hook Jackson offers for that ({@code getEvent}).
 */
final class YamlParser extends com.fasterxml.jackson.dataformat.yaml.YAMLParser {
    static final int MAX_DEPTH = 40;
    static final String NO_ANCHORS =
            "YAML anchors and aliases (&name, *name) are not supported: write the value out in full";
    static final String TWO_DOCUMENTS = "more than one YAML document (a second ---?): keep one document per file";

    /** Text refused at a place; a parse error, so Jackson lets it through unchanged. */
    static final class Refused extends JsonParseException {
        Refused(YamlParser parser, Mark mark, String message) {
            this(parser, new JsonLocation(ContentReference.unknown(), mark.getIndex(), mark.getLine() + 1,
                    mark.getColumn() + 1), message);
        }

        Refused(YamlParser parser, JsonLocation location, String message) {
            super(parser, message, location);
        }

        /** The message without Jackson's location suffix. */
        String problem() {
            return getOriginalMessage();
        }
    }

    private static final YAMLFactory FACTORY = new Factory(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(Feature.EMPTY_STRING_AS_NULL) // an empty unquoted value is null, as YAML says
            .disable(Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS) // YAML 1.1: unquoted yes and no are booleans
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .loaderOptions(loaderOptions()));

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(8 * 1024 * 1024);
        return options;
    }

    /** Builds {@link YamlParser}s instead of plain YAML parsers; otherwise Jackson's factory. */
    private static final class Factory extends YAMLFactory {
        Factory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YamlParser _createParser(Reader reader, IOContext context) {
            return new YamlParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, reader);
        }
    }

    /** A parser over {@code text}; the caller closes it. */
    static YamlParser over(String text) throws IOException {
        return (YamlParser) FACTORY.createParser(new java.io.StringReader(text));
    }

    private int documents;

    private YamlParser(IOContext context, int features, int yamlFeatures, LoaderOptions options, Reader reader) {
        super(context, features, yamlFeatures, options, null, reader);
    }

    @Override
    protected Event getEvent() throws IOException {
        Event event = super.getEvent();
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
            throw new Refused(this, event.getStartMark(), NO_ANCHORS);
        }
        if (event != null && event.is(Event.ID.DocumentStart) && ++documents > 1) {
            throw new Refused(this, event.getStartMark(), TWO_DOCUMENTS);
        }
        return event;
    }
}
