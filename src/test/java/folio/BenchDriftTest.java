package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench/hugo-drift.sh, the benchmark's check that the machine did not move: Hugo's time at a size
 * against the last recorded run's, a warning past 30 % or on another processor. Run on results files written here.
 */
class BenchDriftTest {
    @TempDir
    Path results;

    private static String resultsFile(String recorded, String... sizeAndHugoWall) {
        StringBuilder text = new StringBuilder("# Benchmark results: 2026-11-24 on vm\n\n");
        if (recorded != null) {
            text.append("Recorded: ").append(recorded).append("\n\n");
        }
        // The machine table names Hugo too: only the rows under "## N pages" count.
        text.append("## Machine\n\n| | |\n|---|---|\n| hugo | hugo v0.111.3+extended |\n\n");
        for (int i = 0; i < sizeAndHugoWall.length; i += 2) {
            text.append("## ").append(sizeAndHugoWall[i]).append(" pages\n\n")
                    .append("| generator | HTML pages out | wall (s) | CPU (s) | peak memory (MB) |\n")
                    .append("|---|---:|---:|---:|---:|\n")
                    .append("| folio | 1001 | 0.50 | 0.90 | 150 |\n")
                    .append("| hugo | 1001 | ").append(sizeAndHugoWall[i + 1]).append(" | 1.60 | 165 |\n\n");
        }
        return text.toString();
    }

    /** The results file with a CPU row in its machine table, as bench/run.sh writes it. */
    private static String onProcessor(String cpu, String resultsFile) {
        return resultsFile.replace("| hugo | hugo v0.111.3+extended |", "| CPU | " + cpu + " |\n| hugo | hugo v0.111.3+extended |");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(results.resolve(name), text);
    }

    private String drift(String size, String hugoWall, String... cpu) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(
                java.util.List.of("bash", "bench/hugo-drift.sh", results.toString(), size, hugoWall));
        command.addAll(java.util.List.of(cpu));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bench/hugo-drift.sh did not finish");
        }
        assertEquals(0, process.exitValue(), output);
        return output.strip();
    }

    @Test
    void aHugoTimeFarFromTheLastRunSaysTheMachineMoved() throws Exception {
        write("a.md", resultsFile("2026-11-24T08:00:00Z", "1000", "0.98", "10000", "8.77"));
        assertEquals("moved Hugo took 3.95 s at 10000 pages against 8.77 s in the last recorded run (a.md): -55 %; "
                + "the machine moved: compare ratios, not times", drift("10000", "3.95"));
        assertEquals("moved Hugo took 1.29 s at 1000 pages against 0.98 s in the last recorded run (a.md): +32 %; "
                + "the machine moved: compare ratios, not times", drift("1000", "1.29"));
    }

    @Test
    void thirtyPercentOrLessIsTheSameMachine() throws Exception {
        write("a.md", resultsFile("2026-11-24T08:00:00Z", "1000", "1.00"));
        assertEquals("same Hugo took 1.30 s at 1000 pages against 1.00 s in the last recorded run (a.md): +30 %",
                drift("1000", "1.30"));
        assertEquals("same Hugo took 0.70 s at 1000 pages against 1.00 s in the last recorded run (a.md): -30 %",
                drift("1000", "0.70"));
        assertEquals("moved", drift("1000", "0.69").split(" ")[0]);
    }

    @Test
    void theLatestRecordedRunCountsNotTheLastName() throws Exception {
        write("z-older.md", resultsFile("2026-11-01T10:00:00Z", "1000", "2.00"));
        write("a-newer.md", resultsFile("2026-12-03T10:00:00Z", "1000", "4.00"));
        write("m-no-hugo-at-this-size.md", resultsFile("2026-12-04T10:00:00Z", "10000", "9.00"));
        assertEquals("same Hugo took 4.10 s at 1000 pages against 4.00 s in the last recorded run (a-newer.md): +2 %",
                drift("1000", "4.10"));
    }

    @Test
    void withoutARecordedLineTheFileTimeDecides() throws Exception {
        write("new.md", resultsFile(null, "1000", "1.00"));
        write("old.md", resultsFile(null, "1000", "3.00"));
        Files.setLastModifiedTime(results.resolve("old.md"), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.setLastModifiedTime(results.resolve("new.md"), FileTime.from(Instant.parse("2026-06-01T00:00:00Z")));
        assertEquals("same", drift("1000", "1.10").split(" ")[0]);
    }

    @Test
    void aSizeNeverMeasuredBeforeIsTheFirst() throws Exception {
        write("a.md", resultsFile("2026-11-24T08:00:00Z", "1000", "0.98"));
        assertEquals("first Hugo took 50.00 s at 100000 pages; no earlier recorded run has Hugo at this size",
                drift("100000", "50"));
    }

    @Test
    void anotherProcessorIsAMoveWhateverHugosTime() throws Exception {
        // Session 41: Hugo 5.55 s on an Intel Xeon against 5.70 s on the AMD EPYC before, folio 70 % slower.
        write("a.md", onProcessor("AMD EPYC", resultsFile("2026-12-08T02:42:23Z", "10000", "5.70")));
        assertEquals("moved Hugo took 5.55 s at 10000 pages against 5.70 s in the last recorded run (a.md): -3 %; "
                + "the processor is not that run's (Intel(R) Xeon(R) Processor, then AMD EPYC); the machine moved: "
                + "compare ratios, not times", drift("10000", "5.55", "Intel(R) Xeon(R) Processor"));
        assertEquals("same Hugo took 5.55 s at 10000 pages against 5.70 s in the last recorded run (a.md): -3 %",
                drift("10000", "5.55", "AMD EPYC"));
        // a caller that names no processor, or a file without a CPU row, is judged on Hugo's time alone
        assertEquals("same", drift("10000", "5.55").split(" ")[0]);
        write("b.md", resultsFile("2026-12-08T03:00:00Z", "10000", "5.70"));
        assertEquals("same", drift("10000", "5.55", "Intel(R) Xeon(R) Processor").split(" ")[0]);
    }
}
