package dev.jnetlink.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte length the kernel's IFNAMSIZ counts, computed without encoding the name. */
class InterfaceNamesTest {

    @Test
    void fifteenBytesPassAndSixteenFailWhateverTheCharacters() {
        // 1-, 2-, 3- and 4-byte UTF-8 characters (the last a surrogate pair in Java).
        String[] fifteen = {"abcdefghijklmno", "é".repeat(7) + "x", "€".repeat(5), "😀".repeat(3) + "abc"};
        for (String name : fifteen) {
            assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(15);
            assertThat(InterfaceNames.validate(name)).isEqualTo(name);
            String longer = name + "z";
            assertThatThrownBy(() -> InterfaceNames.validate(longer))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is 16 bytes; the kernel allows at most 15");
        }
    }

    @Test
    void anUnpairedSurrogateCountsAsTheReplacementByte() {
        String name = "\ud83d" + "a".repeat(14);
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(15);
        assertThat(InterfaceNames.validate(name)).isEqualTo(name);
    }
}
