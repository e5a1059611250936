package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Proves the HTTP path works when the JVM default charset is ASCII, as on JDK 17 under a POSIX locale. The default
 * charset is fixed at JVM start and this build machine runs with C.UTF-8, so the proof runs in a child JVM started
 * with {@code -Dfile.encoding=US-ASCII} (honoured by JDK 17) and {@code LANG=C}. The same child has
 * {@code SLACK_CLIENT_ID}/{@code SLACK_CLIENT_SECRET} set, proving they cannot switch the app to OAuth mode.
 */
class DefaultCharsetIndependenceTest {

    @Test
    void aNonAsciiEventVerifiesEvenWhenTheDefaultCharsetIsAsciiAndOAuthVariablesAreSet() throws Exception {
        File log = File.createTempFile("ascii-probe", ".log");
        log.deleteOnExit();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dfile.encoding=US-ASCII",
                        "-Duser.timezone=UTC",
                        "-cp",
                        classPath,
                        AsciiDefaultCharsetProbe.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log);
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("SLACK_CLIENT_ID", "stray-client-id");
        builder.environment().put("SLACK_CLIENT_SECRET", "stray-client-secret");

        Process probe = builder.start();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
        List<String> output = Files.readAllLines(log.toPath(), StandardCharsets.US_ASCII);

        assertThat(output)
                .as(String.join("\n", output))
                .contains(
                        "default-charset=US-ASCII",
                        "oauth-mode=false",
                        "plain-builder-oauth-mode=true",
                        "bolt-verifier-accepts=false",
                        "status=200",
                        "text-intact=true");
        assertThat(probe.exitValue()).isZero();
    }
}
