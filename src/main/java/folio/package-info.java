/**
 * The command line and the build: {@code CommandLine} reads the arguments, {@code Main} runs the
 * command, prints diagnostics and sets the exit code; {@code Build.run} lists the stages in order (load, parse, assemble, render,
 * write) and stops between them when a stage reported an error.
 */
package folio;
