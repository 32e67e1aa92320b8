package folio.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;

/**
 * Jackson's streaming YAML parser, configured once for what folio reads: duplicate keys refused
 * ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}), nesting and size limited by
 * {@link StreamReadConstraints} (the size checked here, before parsing: Jackson's YAML parser does
 * not apply {@code maxDocumentLength}). Jackson reads anchors and aliases without resolving them
 * and moves on to a second document silently; this parser refuses both where they are written.
 */
final class YamlParser extends JsonParserDelegate {
    static final int MAX_DEPTH = 40;
    /**
     * The size limit of one YAML text in UTF-8 bytes, the size an editor's file manager shows (3 MB):
     * SnakeYAML's default code-point limit, which Jackson applies underneath and which only
     * SnakeYAML's own types could raise. A text within it in bytes is within it in code points, so
     * this check always speaks first.
     */
    static final int MAX_BYTES = 3 * 1024 * 1024;
    static final String NO_ANCHORS =
            "YAML anchors and aliases (&name, *name) are not supported: write the value out in full";
    static final String NO_MERGE_KEYS =
            "YAML merge keys (<<:) are not supported: write the keys out in full in this mapping";
    static final String TWO_DOCUMENTS = "more than one YAML document (a second ---?): keep one document per file";

    /** A text over {@link #MAX_BYTES}, refused before it is parsed. */
    static final class TooLarge extends IOException {
        final long bytes;

        TooLarge(long bytes) {
            super("YAML text of " + bytes + " bytes");
            this.bytes = bytes;
        }
    }

    /** Text refused at a place; a parse error, so Jackson lets it through unchanged. */
    static final class Refused extends JsonParseException {
        Refused(JsonParser parser, JsonLocation location, String message) {
            super(parser, message, location);
        }

        /** The message without Jackson's location suffix. */
        String problem() {
            return getOriginalMessage();
        }
    }

    /** Jackson's name for YAML's core tags (!!str), its leading '!' taken off as for any tag. */
    private static final String CORE = "tag:yaml.org,2002:";
    private static final String STR = CORE + "str";

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL) // an empty unquoted value is null, as YAML says
            .disable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS) // YAML 1.1: unquoted yes and no are booleans
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).maxDocumentLength(MAX_BYTES).build())
            .build();

    /** A parser over {@code text}; the caller closes it. */
    static YamlParser over(String text) throws IOException {
        // A char is at most three bytes: a shorter text is within the limit uncounted.
        if (text.length() > MAX_BYTES / 3) {
            long bytes = utf8Bytes(text);
            if (bytes > MAX_BYTES) {
                throw new TooLarge(bytes);
            }
        }
        return new YamlParser(FACTORY.createParser(new StringReader(text)), text);
    }

    /** The length of {@code text} in UTF-8 (a surrogate pair is four bytes). */
    static long utf8Bytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private final YAMLParser yaml;
    private final YamlText text;

    private YamlParser(YAMLParser yaml, String text) {
        super(yaml);
        this.yaml = yaml;
        this.text = new YamlText(text);
    }

    /**
     * The next token, refused when it is an alias or has an anchor, at its {@code *} or {@code &}.
     * Jackson names the anchor of a mapping, a list or a key, but not of a scalar value: that one
     * is read from the text where the scalar's token starts.
     */
    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = yaml.nextToken();
        if (token != null && yaml.isCurrentAlias()) {
            throw new Refused(this, yaml.currentTokenLocation(), NO_ANCHORS);
        }
        boolean named = token != null && yaml.getObjectId() != null; // the anchor, as Jackson calls it
        if (named || token != null && token.isScalarValue()) {
            JsonLocation at = yaml.currentTokenLocation();
            int anchor = text.anchorOf(at);
            if (named || anchor >= 0) {
                throw new Refused(this, anchor < 0 ? at : text.locate(at, anchor), NO_ANCHORS);
            }
        }
        if (token == JsonToken.FIELD_NAME) {
            // Jackson gives no key's tag: it is read from the text, where the key's token starts.
            if (yaml.currentName().equals("<<") && text.plainAt(yaml.currentTokenLocation(), "<<")) {
                throw new Refused(this, yaml.currentTokenLocation(), NO_MERGE_KEYS);
            }
            String tag = text.tagOf(yaml.currentTokenLocation());
            refuseTag(tag == null ? null : tag.startsWith("!!") ? CORE + tag.substring(2) : tag.substring(1));
        } else if (token != null && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
            refuseTag(yaml.getTypeId());
        }
        return token;
    }

    /**
     * A tag asks for a type folio does not make (!!binary, !!set, !!python/...), and Jackson would
     * drop it without a word: refused, but for !!str (and a bare !), which ask for the text as written.
     */
    private void refuseTag(String tag) throws Refused {
        if (tag == null || tag.isEmpty() || tag.equals(STR)) {
            return;
        }
        String written = tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : "!" + tag;
        throw new Refused(this, yaml.currentTokenLocation(), "the YAML tag " + written + " is not supported: folio reads "
                + "text, numbers, true or false, lists and key: value lines as they are written; remove the tag (quote a "
                + "value to keep it as text)");
    }

    /**
     * Reads past the root value, which started at {@code root}: only the end of the text may
     * follow. A second document is refused at its {@code ---}, also when the parser fails past
     * that line: Jackson skips the marker silently, so the marker is looked for in the text.
     */
    void end(JsonLocation root) throws IOException {
        // An empty root's token sits on whatever follows it, the next --- maybe; no node starts at a ---.
        int above = root.getColumnNr() == 1 ? root.getLineNr() - 1 : root.getLineNr();
        JsonToken next;
        try {
            next = nextToken();
        } catch (JsonProcessingException e) {
            JsonLocation marker = text.documentMarkerAfter(above);
            if (marker == null || YamlErrors.foundBefore(e, marker.getLineNr())) {
                throw e;
            }
            throw new Refused(this, marker, TWO_DOCUMENTS);
        }
        if (next != null) {
            JsonLocation marker = text.documentMarkerAfter(above);
            throw new Refused(this, marker == null ? yaml.currentTokenLocation() : marker, TWO_DOCUMENTS);
        }
    }

    /**
     * Where the node the parser stopped on has an alias or an anchor, else null: Jackson refuses a
     * key that is an alias, or a list or mapping too deep, before this parser sees its properties.
     */
    JsonLocation aliasOrAnchorHere() {
        JsonLocation at = yaml.currentTokenLocation();
        int i = text.aliasOrAnchorOf(at);
        return i < 0 ? null : text.locate(at, i);
    }
}
