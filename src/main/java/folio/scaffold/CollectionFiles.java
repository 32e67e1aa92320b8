package folio.scaffold;

import folio.content.TranslationName;
import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of one collection ({@code data/<name>.yaml} and {@code data/<name>/*.yaml}, not
 * their translations such as {@code 2025.uk.yaml}), the ids they hold, and the file a new entry
 * goes to. Read line by line, not parsed: a scaffold must work on a file that does not build yet.
 */
final class CollectionFiles {
    private static final Pattern ID_LINE = Pattern.compile("(?m)^-\\s+id:\\s*[\"']?([^\"'\\s#]+)[\"']?\\s*(?:#.*)?$");
    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.ya?ml");

    private final Project project;
    private final Path single;
    private final List<Path> folderFiles;

    private CollectionFiles(Project project, Path single, List<Path> folderFiles) {
        this.project = project;
        this.single = single;
        this.folderFiles = folderFiles;
    }

    static CollectionFiles of(Project project, String collection) throws IOException {
        Path folder = project.content().resolve("data/" + collection);
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .filter(p -> TranslationName.of(p.getFileName().toString()).isEmpty()).sorted().forEach(files::add);
            }
        }
        return new CollectionFiles(project, project.content().resolve("data/" + collection + ".yaml"), List.copyOf(files));
    }

    /** Every id in the collection, in file order, with the file that holds it. */
    Map<String, Path> ids() throws IOException {
        Map<String, Path> ids = new LinkedHashMap<>();
        List<Path> all = new ArrayList<>();
        if (Files.isRegularFile(single)) {
            all.add(single);
        }
        all.addAll(folderFiles);
        for (Path file : all) {
            Matcher matcher = ID_LINE.matcher(CheckedText.read(project, file));
            while (matcher.find()) {
                ids.putIfAbsent(matcher.group(1), file);
            }
        }
        return ids;
    }

    /**
     * Where a new entry goes. A collection split into year files ({@code reactions/2026.yaml})
     * takes the file of the entry's year, a new one for a year after the last, or for an earlier
     * year its other file if it has one ({@code events/context.yaml}); an undated entry goes to
     * the newest year. Otherwise the last file of the folder by name, else {@code data/<name>.yaml}.
     */
    Path target(Integer year) {
        List<Path> years = folderFiles.stream().filter(f -> YEAR_FILE.matcher(f.getFileName().toString()).matches()).toList();
        if (years.isEmpty()) {
            return folderFiles.isEmpty() ? single : folderFiles.get(folderFiles.size() - 1);
        }
        if (year == null) {
            return years.get(years.size() - 1);
        }
        for (Path file : years) {
            if (yearOf(file) == year) {
                return file;
            }
        }
        List<Path> others = folderFiles.stream().filter(f -> !years.contains(f)).toList();
        if (year < yearOf(years.get(0)) && !others.isEmpty()) {
            return others.get(0);
        }
        return years.get(0).resolveSibling(year + ".yaml");
    }

    private static int yearOf(Path file) {
        Matcher matcher = YEAR_FILE.matcher(file.getFileName().toString());
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
    }
}
