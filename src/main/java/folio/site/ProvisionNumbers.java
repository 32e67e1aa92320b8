package folio.site;

import folio.content.ContentParser.ParsedProvision;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The provision files by the number each declares ({@code number:}), checked: a number is whole,
 * from 1, and held by one file. A file's name ({@code 03.md}) usually says its number too; it
 * decides nothing, but it tells which of two files with one number is the mistake (03.md saying
 * {@code number: 4} beside 04.md), and what a reference to the number in its name means.
 *
 * <p>{@code refused}: the numbers the names of refused files say (03.md: 3), when no file has them:
 * a reference to one adds nothing to the file's own error. {@code misnamed}: by the number its name
 * says, a built file that declares another number, when no file has the number of its
 * name: "unknown provision 3" can then say where 3 went.
 */
record ProvisionNumbers(Map<Integer, ParsedProvision> byNumber, Set<Integer> refused, Map<Integer, ParsedProvision> misnamed) {

    static ProvisionNumbers of(List<ParsedProvision> files, Diagnostics diagnostics) {
        Map<Integer, ParsedProvision> byNumber = new TreeMap<>();
        Set<ParsedProvision> refusedFiles = new HashSet<>();
        for (ParsedProvision file : files) {
            Integer number = file.raw().number();
            if (number == null || number < 1 || number > 999) {
                diagnostics.error(at(file), number == null ? "provision needs number: a whole number from 1 to 999, like number: 21"
                        : "number: " + number + " is out of range: a point's number is a whole number from 1 to 999, "
                        + "like number: 21");
                refusedFiles.add(file);
                continue;
            }
            ParsedProvision other = byNumber.putIfAbsent(number, file);
            if (other == null) {
                continue;
            }
            // The mistake is in the file whose name says another number; with no such clue, in the later file.
            boolean otherMisnamed = !Objects.equals(nameNumber(other), number) && Objects.equals(nameNumber(file), number);
            ParsedProvision wrong = otherMisnamed ? other : file;
            ParsedProvision kept = otherMisnamed ? file : other;
            byNumber.put(number, kept);
            refusedFiles.add(wrong);
            Integer named = nameNumber(wrong);
            diagnostics.error(at(wrong), "duplicate provision number " + number + ": also used in " + kept.file().path()
                    + (named == null || named.equals(number) ? ""
                    : "; this file's name says " + named + ": write number: " + named + " if it is point " + named
                    + ", or rename the file"));
        }
        Set<Integer> refused = new HashSet<>();
        for (ParsedProvision file : refusedFiles) {
            Integer named = nameNumber(file);
            if (named != null && !byNumber.containsKey(named)) {
                refused.add(named);
            }
        }
        Map<Integer, ParsedProvision> misnamed = new TreeMap<>();
        byNumber.forEach((number, file) -> {
            Integer named = nameNumber(file);
            if (named != null && !named.equals(number) && !byNumber.containsKey(named) && !refused.contains(named)) {
                misnamed.putIfAbsent(named, file);
            }
        });
        return new ProvisionNumbers(byNumber, Set.copyOf(refused), Map.copyOf(misnamed));
    }

    private static SourcePosition at(ParsedProvision file) {
        return file.frontMatter().keyAt("number", SourcePosition.of(file.file().path(), 1));
    }

    /** The number a provision file's name says ({@code 03.md}: 3), or null for another name ({@code intro.md}). */
    static Integer nameNumber(ParsedProvision file) {
        String relative = file.file().relative();
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return name.matches("\\d{1,3}\\.md") ? Integer.valueOf(name.substring(0, name.length() - ".md".length())) : null;
    }
}
