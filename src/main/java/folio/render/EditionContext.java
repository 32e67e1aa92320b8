package folio.render;

import folio.site.GlossaryTerm;
import folio.site.ModelDigest;
import folio.site.Source;
import folio.site.Site;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * What every page of one language's site (an edition) shares when it is rendered, beside its own
 * {@link PageContext}: the partials and the sources and terms by id; {@code up}, the way from the
 * language's folder to the site root ("" or "../"), and the {@code rootFiles} that exist only there
 * (copied files, open data); the site, whose language the partials folio renders (citations,
 * reference lists) read in; {@code footnoteBackLabel}, the label of a footnote's link back in that
 * language; {@code model}, the slots of the texts ({@link TextsRead}), or null; {@code tableName},
 * the name of a table no heading names ({@link TableRegions}), numbered unless the number is 0.
 */
record EditionContext(Partials partials, Map<String, Source> sources, Map<String, GlossaryTerm> terms, String up,
                      Set<String> rootFiles, Site site, Function<String, Optional<String>> footnoteBackLabel,
                      ModelDigest model, IntFunction<String> tableName) {}
