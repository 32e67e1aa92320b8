package folio;

import folio.content.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The parsed command line: the command, its arguments and the options, checked against each other. */
record CommandLine(String command, List<String> arguments, String content, String templates, String output,
                   String baseUrl, boolean drafts, int port, boolean quiet, boolean help, boolean allowStale,
                   boolean allowUntranslated, boolean stamp, boolean full) {

    static final List<String> COMMANDS = List.of("build", "check", "serve", "new", "ids", "translations");
    static final List<String> OPTIONS = List.of("--content", "--templates", "--output", "--base-url", "--drafts",
            "--allow-stale", "--allow-untranslated", "--port", "--quiet", "--full", "--stamp", "--help");
    /** What Hugo, Jekyll and Eleventy call folio's options, for users who bring their habits (the case-free ones lower-case). */
    private static final Map<String, String> OTHER_TOOLS = Map.of("-D", "--drafts", "--builddrafts", "--drafts",
            "--destination", "--output", "-d", "--output", "--source", "--content", "-s", "--content", "--input", "--content",
            "-p", "--port", "-b", "--base-url");

    /** The options that take a value, which may also be written joined to it: {@code --content=DIR}, as GNU tools and Hugo accept. */
    private static final List<String> VALUE_OPTIONS = List.of("--content", "--templates", "--output", "--base-url", "--port");

    static CommandLine parse(String[] given) {
        String[] args = joinedValuesSplit(given);
        String command = null;
        List<String> arguments = new ArrayList<>();
        String content = "content";
        String templates = "templates";
        String output = "site";
        String baseUrl = null;
        boolean drafts = false;
        boolean help = false;
        boolean quiet = false;
        boolean allowStale = false;
        boolean allowUntranslated = false;
        boolean stamp = false;
        boolean full = false;
        int port = 8080;
        boolean portGiven = false;
        boolean baseUrlGiven = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--drafts" -> drafts = true;
                case "--quiet", "-q" -> quiet = true;
                case "--allow-stale" -> allowStale = true;
                case "--allow-untranslated" -> allowUntranslated = true;
                case "--stamp" -> stamp = true;
                case "--full" -> full = true;
                case "--content" -> content = value(args, ++i, arg);
                case "--templates" -> templates = value(args, ++i, arg);
                case "--output" -> output = value(args, ++i, arg);
                case "--base-url" -> {
                    baseUrl = value(args, ++i, arg);
                    baseUrlGiven = true;
                }
                case "--port" -> {
                    port = port(value(args, ++i, arg));
                    portGiven = true;
                }
                default -> {
                    if (arg.matches("-[0-9]+") && "new".equals(command)) {
                        // Read as an option, it would be "unknown option '-1'", but the mistake is the number.
                        throw new IllegalArgumentException("'" + arg + "' is a negative number: " + (arguments.equals(List.of("provision"))
                                ? "a provision is numbered from 1 to 999, like: folio new provision 29"
                                : "an id is lower-case letters, digits and hyphens and starts with a letter or digit"));
                    }
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option '" + arg + "'" + optionHint(arg));
                    }
                    if (command == null && arg.equals("help")) {
                        help = true;
                    } else if (command == null) {
                        if (!COMMANDS.contains(arg)) {
                            throw new IllegalArgumentException("unknown command '" + arg + "': "
                                    + Suggestions.didYouMean(arg, COMMANDS) + "use build, check, serve, new, ids or translations");
                        }
                        command = arg;
                    } else if (command.equals("new") || command.equals("translations") && stamp) {
                        arguments.add(arg);
                    } else {
                        throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                    }
                }
            }
        }
        if (quiet && command != null && !List.of("build", "check").contains(command)) {
            throw new IllegalArgumentException("--quiet applies to build and check, not " + command);
        }
        if ((allowStale || allowUntranslated) && command != null && !List.of("build", "check").contains(command)) {
            throw new IllegalArgumentException((allowStale ? "--allow-stale" : "--allow-untranslated")
                    + " applies to build and check, not " + command);
        }
        if (full && command != null && !command.equals("build")) {
            throw new IllegalArgumentException("--full applies to build, not " + command);
        }
        String chosen = command == null ? "build" : command;
        if (portGiven && !chosen.equals("serve")) {
            throw new IllegalArgumentException("--port applies to serve, not " + chosen);
        }
        // serve takes them too: it shows drafts, and says it serves from its own address instead of the base URL.
        for (String option : List.of("--drafts", "--base-url")) {
            if ((option.equals("--drafts") ? drafts : baseUrlGiven) && !List.of("build", "check", "serve").contains(chosen)) {
                throw new IllegalArgumentException(option + " applies to build, check and serve, not " + chosen);
            }
        }
        if (stamp && !"translations".equals(command)) {
            throw new IllegalArgumentException("--stamp applies to translations: folio translations --stamp [FILE[#ID]]");
        }
        return new CommandLine(command == null ? "build" : command, List.copyOf(arguments), content, templates,
                output, baseUrl, drafts, port, quiet, help, allowStale, allowUntranslated, stamp, full);
    }

    /** The question for a misspelt option, or another generator's name for it (Suggestions' wording); else "". */
    /** {@code --content=DIR} as {@code --content DIR}; a flag given a value ({@code --drafts=true}) is left for the hint. */
    private static String[] joinedValuesSplit(String[] args) {
        List<String> split = new ArrayList<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0 && VALUE_OPTIONS.contains(arg.substring(0, equals))) {
                split.add(arg.substring(0, equals));
                split.add(arg.substring(equals + 1));
            } else {
                split.add(arg);
            }
        }
        return split.toArray(String[]::new);
    }

    private static String optionHint(String option) {
        int equals = option.indexOf('=');
        if (option.startsWith("--") && equals > 0 && OPTIONS.contains(option.substring(0, equals))) {
            return ": " + option.substring(0, equals) + " takes no value (write it alone to turn it on)";
        }
        String other = OTHER_TOOLS.getOrDefault(option, OTHER_TOOLS.get(option.toLowerCase(java.util.Locale.ROOT)));
        String candidate = other != null ? other : Suggestions.closest(option, OPTIONS).orElse(null);
        return candidate == null ? "" : ": " + Suggestions.question(candidate);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException("option " + option + " needs a value");
        }
        if (args[index].isBlank()) {
            throw new IllegalArgumentException("option " + option + " needs a non-empty value");
        }
        return args[index];
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a number from 0 to 65535, not '" + text + "'");
        }
    }
}
