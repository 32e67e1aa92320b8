package folio.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

/**
 * The YAML schema in one place: what editors may write, key for key (snake_case in the files).
 * {@link RecordMapper} fills these records directly and rejects unknown keys; assembly validates
 * them and turns them into the typed site model. Fields are nullable here, never after assembly.
 */
public final class Raw {
    private Raw() {}

    /** On a list component: a single value is read as a one-element list ({@code lists: actors}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface SingleValueAsList {}

    /**
     * On a text component: read as inline Markdown, with references, citations and links. Every
     * other text is plain, and one holding [[, [@ or ]( is refused (the page would show it as typed).
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Inline {}

    /**
     * On a text a translation gives (and on a quote's, change's, cell's or chart row's text, once
     * that mapping is written): the assembly refuses the entry without it ("actor is missing
     * 'name'"). The translation checks read this to say nothing of a text the original must have
     * and lacks: the original is what to fix, not the translation ("leave 'name' out here", "is
     * stale"). The assembly's own checks stay where they are; RequiredTextsTest holds the two together.
     * RecordMapper reads it too: a blank {@code name: ""} is told "write one", not "or remove the line".
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Required {}

    /**
     * On a component that is not a translated text but that the assembly refuses its entry without (an id, a
     * keyword, a date, an id it names, its sources): RecordMapper tells a blank {@code id: ""} "write one (it is
     * required)", not "or remove the line". Kept apart from {@link Required}, which the translation checks read
     * as "a text a translation gives". RequiredKeysTest holds both to the assembly.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Needed {}

    /**
     * On a whole-number component, or a list of them: the numbers that make sense there, for the
     * message about a number past what the field can hold at all ({@code number: 99999999999999999999}
     * is told "from 1 to 999, like number: 21", not Java's "from -2147483648 to 2147483647").
     * {@code range} follows "write a whole number"; {@code like} is an example line. The assembly
     * checks the range of a number that fits, with its own message (ProvisionNumbers, Pagination);
     * RecordMapperTest holds every whole-number component to having one.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Whole {
        String range();

        String like();
    }

    /** A point's number, wherever one is written. */
    private static final String POINT = "from 1 to 999 (a point's number)";

    public record MenuItem(@Needed String page, String label) {}

    public record SiteConfig(@Needed String title, @Needed String description, @Needed String baseUrl, @Needed String language,
                             @Needed String coverageUntil, String published, String lastChecked, String repository, String editBranch,
                             List<MenuItem> menu, Map<String, Object> links, Map<String, Object> params,
                             Map<String, Language> languages) {}

    /** One language under {@code languages:} in site.yaml (docs/content-model.md). */
    public record Language(String name, String title, String description, Map<String, String> menu, String dateFormat,
                           String approximate) {}

    public record Page(@Required String title, String description, String date, String updated, String layout,
                       @SingleValueAsList List<String> lists, Boolean draft, String url,
                       @Whole(range = "from -999999999 to 999999999 (a weight only orders pages, the lowest first)",
                               like = "weight: 10") Integer weight,
                       @Whole(range = "of items per page from 1", like = "paginate: 80") Integer paginate,
                       String paginateBy, Map<String, Object> params) {}

    public record Theme(@Needed String id, @Required String name, @Required @Inline String description) {}

    public record Change(@Needed String document, @Needed String status, @Required @Inline String text, @Needed List<String> sources) {}

    public record Provision(@Needed @Whole(range = "from 1 to 999", like = "number: 21") Integer number, @Required String title,
                            @Needed String theme, @Required @Inline String summary, Boolean headline,
                            String wording, @Needed List<String> sources, List<Change> changes, Map<String, Object> params) {}

    public record Actor(@Needed String id, @Required String name, @Required String role, @Needed String kind, @Needed String group,
                        @Inline String description, List<String> sources) {}

    public record Quote(@Required String text, @Needed String source) {}

    public record Reaction(@Needed String id, @Needed String actor, String role, @Needed String date, @Required String subject,
                           @Needed String stance, @Required @Inline String summary,
                           Quote quote, @Whole(range = POINT, like = "provisions: [3, 21]") List<Integer> provisions,
                           @Needed List<String> sources) {}

    public record Event(@Needed String id, @Needed String date, Boolean approximate, @Required String title, @Inline String text,
                        @Needed String category, String respondsTo, @Needed List<String> sources) {}

    public record Term(@Needed String id, @Required String term, List<String> aliases, @Required @Inline String definition,
                       @Needed List<String> sources, Boolean proper) {}

    /**
     * A cited source: {@code outlet} is who reported it, {@code readAt} the site whose page
     * ({@code url}) we read when it is not the outlet's own; {@code descriptive} true when {@code title} is our
     * description of a page that shows no headline; {@code outletLanguage} the language the outlet's name is
     * read in, when it is not the site's default language; {@code authorLanguage} the same for the byline.
     */
    public record Source(@Needed String id, @Needed String outlet, @Required String title, String titleEn, String author, String date,
                         @Needed String url, String readAt, String originalUrl, @Needed String flag, String language, String note,
                         Boolean descriptive, String outletLanguage, String authorLanguage) {}

    public record Document(@Needed String id, @Required String name, String shortName, @Required String status, @Needed String date,
                           @Required @Inline String summary, @Needed List<String> sources) {}

    public record Cell(@Required @Inline String text, @Needed List<String> sources) {}

    public record Comparison(@Needed String id, @Required String issue, @Required Map<String, Cell> cells, @Inline String note) {}

    public record Update(@Needed String id, @Needed String date, @Needed String kind, @Required @Inline String text) {}

    public record MapLayer(@Needed String id, @Required String label, String part,
                           @Needed @Whole(range = POINT, like = "provisions: [3, 21]") List<Integer> provisions, @Needed List<String> oblasts,
                           @Needed String asOf, @Inline String note, @Needed List<String> sources) {}

    /** content/data/shares.yaml: one oblast's share under Russian control (id: its ISO 3166-2:UA code). */
    public record Share(@Needed String id, String share, @Needed String asOf, @Needed List<String> sources, @Inline String note, String rest) {}

    /** content/data/charts.yaml: a chart of figures, one bar a row; {@code columns} heads the label and value columns. */
    public record Chart(@Needed String id, @Required String title, String caption, @Needed List<String> columns, @Required List<ChartRow> rows) {}

    /**
     * One bar: {@code value} is the number the bar's length comes from (as written), {@code text} how
     * it reads ("about 880,000"; default: the number), {@code provision} the point it concerns.
     */
    public record ChartRow(@Needed String id, @Required String label, @Needed String value, String text,
                           @Whole(range = POINT, like = "provision: 21") Integer provision, @Needed List<String> sources,
                           String highlight) {}
}
