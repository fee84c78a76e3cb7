package dev.jnetlink.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's downstream example is {@link VethPairIT}, which runs: they must not drift apart. */
class ReadmeExampleTest {
    @Test
    void theReadmeShowsTheTestThatRuns() throws Exception {
        String source = Files.readString(Path.of("src/test/java/dev/jnetlink/junit/VethPairIT.java"));
        String example = source.substring(source.indexOf("// README example begins\n") + 25,
                source.indexOf("// README example ends\n"));
        assertThat(Files.readString(Path.of("../README.md"))).contains("```java\n" + example + "```\n");
    }
}
