package dev.jnetlink.rtnl;

import dev.jnetlink.testing.CommandOverview;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command table of this module's javadoc overview is the one its javadoc gives. */
class CommandOverviewTest {
    @Test
    void tableMatchesTheEquivalentToSentences() {
        CommandOverview.assertUpToDate(Path.of(""));
    }
}
