package dev.jnetlink.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Unique names, and telling this JVM's names from other processes'. */
class ScratchNamespacesTest {
    @Test
    void uniqueNamesHaveThePrefixAndNeverRepeat() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String n = ScratchNamespaces.uniqueName("r1");
            assertThat(n).matches("jnl-r1-[0-9a-z]{6}");
            assertThat(names.add(n)).as("a repeat: %s", n).isTrue();
        }
    }

    @Test
    void namesWithTheJnlPrefixAreOursOnlyWhenHandedOutHere() {
        String mine = ScratchNamespaces.uniqueName("x");
        assertThat(ScratchNamespaces.couldBeOurs(mine)).isTrue();
        assertThat(ScratchNamespaces.generatedHere(mine)).isTrue();
        assertThat(ScratchNamespaces.couldBeOurs("jnl-x-zzzzzz")).isFalse(); // another process's
        assertThat(ScratchNamespaces.couldBeOurs("myns")).isTrue();
        assertThat(ScratchNamespaces.generatedHere("myns")).isFalse();
    }

    @Test
    void aPrefixThatMakesAnInvalidNameIsRefused() {
        assertThatThrownBy(() -> ScratchNamespaces.uniqueName("a/b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not contain '/'");
    }
}
