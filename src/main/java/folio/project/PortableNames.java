package folio.project;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one rule for a name in content/ and templates/ that every copy of the project and of the
 * site can hold. Editors clone the project on Windows, and the site is published as files (GitHub
 * Pages serves a branch or folder that can be cloned too), so a name Windows cannot hold breaks a
 * checkout there (git for Windows stops with "invalid path"): a device name ({@code con.png},
 * {@code aux/}, {@code nul.md}, {@code com1.txt}, {@code lpt1}: any case, with or without an
 * extension, as Microsoft's "Naming Files, Paths, and Namespaces" lists them) and the characters
 * Windows refuses in a name ({@code < > : " | ? * \}; on Linux '\' is a letter of the name, and a
 * Windows copy would read it as a folder). A name is also at most {@link #MAX_BYTES} bytes, a
 * translation's language not counted: file systems hold 255 in a name, and a page's translation
 * adds its language to it ({@code about.md}, {@code about.uk.md}), so a page named near the file
 * system's limit could have no translation. A name that ends in a space or '.' is refused too, for
 * every file and folder, published or not (a partial such as {@code cite.peb.}): Windows drops
 * them from a name, and git for Windows refuses such a path as it refuses {@code con.png}
 * ({@code is_valid_win32_path}). Two names in one folder that differ only in upper and lower case
 * or in how an accented letter is stored ({@link #twins}) are one file on macOS (and, for case, on
 * Windows), so a checkout there keeps one of them. Control characters are {@link CharacterNames}'s; a space at the
 * start and invisible characters, which concern only what a name publishes (Windows holds them),
 * are checked where names are published (folio.CopiedFiles, folio.site.UrlPath).
 */
public final class PortableNames {
    /** The most bytes (in UTF-8) a file's or folder's name may have. */
    public static final int MAX_BYTES = 200;

    /** The characters Windows does not allow in a name (beside '/' and the control characters). */
    public static final String REFUSED_CHARACTERS = "<>:\"|?*\\";

    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM\u00b9", "COM\u00b2", "COM\u00b3",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT\u00b9", "LPT\u00b2", "LPT\u00b3");

    private PortableNames() {}

    /**
     * The device name Windows keeps that {@code name} stands for, in capitals ({@code CON} for
     * {@code con.png}, {@code Con}, {@code con .txt}), or null: the part before the first '.',
     * spaces at its end dropped, is a device name.
     */
    public static String device(String name) {
        int dot = name.indexOf('.');
        int end = dot < 0 ? name.length() : dot;
        while (end > 0 && name.charAt(end - 1) == ' ') {
            end--;
        }
        if (end < 3 || end > 7) {
            return null;
        }
        String stem = name.substring(0, end).toUpperCase(Locale.ROOT);
        return DEVICES.contains(stem) ? stem : null;
    }

    /**
     * The bytes a translation's language adds to its original's name ({@code .uk} in
     * {@code about.uk.md}, as folio.content.TranslationName reads it: two or three lower-case
     * letters before .md, .yaml or .yml), which the limit does not count; else 0.
     */
    private static int languagePart(String name) {
        int extension = name.lastIndexOf('.');
        int code = extension <= 0 ? -1 : name.lastIndexOf('.', extension - 1);
        if (code <= 0 || !Set.of("md", "yaml", "yml").contains(name.substring(extension + 1).toLowerCase(Locale.ROOT))
                || !name.substring(code + 1, extension).matches("[a-z]{2,3}")) {
            return 0;
        }
        return extension - code;
    }

    /** The index of the first character of {@code name} that Windows refuses in a name ({@link #REFUSED_CHARACTERS}), or -1. */
    public static int refusedCharacter(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (REFUSED_CHARACTERS.indexOf(name.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What keeps {@code name} (a file's, or a folder's when {@code folder}) from every copy of the
     * project or the site, and what to do, with a name to use; null when nothing does.
     * It follows "the name of this file" in the caller's sentence.
     */
    public static String problem(String name, boolean folder) {
        int bytes = name.length() > MAX_BYTES / 3 ? name.getBytes(StandardCharsets.UTF_8).length : name.length();
        if (bytes > MAX_BYTES && bytes - languagePart(name) > MAX_BYTES) {
            return "is " + bytes + " bytes long, over the limit of " + MAX_BYTES + " bytes for a name: file systems hold "
                    + "at most 255 bytes in a name, and a page's translation adds its language to it (about.md, about.uk.md), "
                    + "so a longer name could have no translation; shorten it";
        }
        int refused = refusedCharacter(name);
        if (refused >= 0) {
            StringBuilder meant = new StringBuilder(name);
            for (int i = refused; i < meant.length(); i++) {
                if (REFUSED_CHARACTERS.indexOf(meant.charAt(i)) >= 0) {
                    meant.setCharAt(i, '-');
                }
            }
            return "has the character '" + name.charAt(refused) + "', which Windows does not allow in a name (nor any of "
                    + "< > : \" | ? * \\), so a copy of the project or of the site on Windows cannot hold it (git stops "
                    + "with 'invalid path'): rename it, for example " + meant;
        }
        String kind = folder ? "files" : name.toLowerCase(Locale.ROOT).endsWith(".md") ? "page" : "file";
        String device = device(name);
        if (device != null) {
            int dot = name.indexOf('.');
            String stem = (dot < 0 ? name : name.substring(0, dot)).strip();
            return "is read by Windows as " + device + ", a device's name (Windows keeps CON, PRN, AUX, NUL, COM1 to COM9 "
                    + "and LPT1 to LPT9 for devices, in any case and with any extension), so a copy of the project or of "
                    + "the site on Windows cannot hold it (git stops with 'invalid path'): rename it, for example "
                    + stem + "-" + kind + (dot < 0 ? "" : name.substring(dot).replaceAll("[. ]+$", ""));
        }
        int end = trimmedEnd(name);
        if (end < name.length()) {
            return "ends " + (name.endsWith(" ") ? "with a space" : "in '.'") + ", which Windows drops from a name, so a "
                    + "copy of the project or of the site on Windows cannot hold it (git stops with 'invalid path'): "
                    + "rename it, for example " + (end == 0 ? kind : name.substring(0, end));
        }
        return null;
    }

    /**
     * {@code name} (or a path of names) as macOS's file names see it (NFC, lower case; Windows' see the
     * case alone), or {@code name} itself when it has no upper-case or non-ASCII letter: two names
     * with the same folded form are one file there.
     */
    public static String folded(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            }
        }
        return name;
    }

    /**
     * The names among {@code names} (one folder's) that macOS or Windows take for another of them,
     * each mapped to that one: the name that is its own folded form if there is one ({@code logo.png}
     * for {@code Logo.png}), else the first in sorted order. Empty, at once, when no name has an
     * upper-case or non-ASCII letter, as page names have none.
     */
    public static Map<String, String> twins(List<String> names) {
        if (names.stream().allMatch(name -> folded(name).equals(name))) {
            return Map.of();
        }
        Map<String, String> first = new HashMap<>();
        Map<String, String> twins = new TreeMap<>();
        names.stream().sorted(Comparator.comparing((String name) -> !folded(name).equals(name)).thenComparing(name -> name))
                .forEach(name -> {
                    String other = first.putIfAbsent(folded(name), name);
                    if (other != null) {
                        twins.put(name, other);
                    }
                });
        return twins;
    }

    /** What is wrong with {@code name}, which {@link #twins} maps to {@code other}; it follows "the name of this file". */
    public static String twinProblem(String name, String other, boolean folder) {
        FoldDifference difference = FoldDifference.between(name, other);
        return "differs from " + other + " beside it only in " + difference.how + ": " + difference.systems("take")
                + " both for one " + (folder
                ? "folder, so a checkout there puts the files of both in one"
                : "file, so a checkout there keeps only one of them") + ": rename or remove one";
    }

    /**
     * How two names with one {@link #folded} form differ, in the words every message about them
     * uses, and which systems take them for one name.
     */
    public enum FoldDifference {
        CASE("upper and lower case", "macOS and Windows"),
        ACCENT("how an accented letter is stored (as one character, or as a letter and a combining accent)", "macOS");

        /** What differs, after "differs only in". */
        public final String how;
        private final String systems;

        FoldDifference(String how, String systems) {
            this.how = how;
            this.systems = systems;
        }

        /** {@code a} and {@code b}, which fold alike: the same in NFC means they differ in an accent's form. */
        public static FoldDifference between(String a, String b) {
            return Normalizer.normalize(a, Normalizer.Form.NFC).equals(Normalizer.normalize(b, Normalizer.Form.NFC))
                    ? ACCENT : CASE;
        }

        /** The systems and {@code verb} (plural form, "take") agreeing: "macOS takes", "macOS and Windows take". */
        public String systems(String verb) {
            return systems + " " + (this == ACCENT ? verb + "s" : verb);
        }
    }

    /** The length of {@code name} without the spaces and '.' at its end, which Windows drops. */
    private static int trimmedEnd(String name) {
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == ' ' || name.charAt(end - 1) == '.')) {
            end--;
        }
        return end;
    }
}
