package dev.jnetlink.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jnetlink.codec.addr.IpAddresses;
import dev.jnetlink.codec.addr.Prefix;
import org.junit.jupiter.api.Test;

class OptionsTest {
    private static Options declared() {
        return new Options()
                .option("subnet", "192.168.241.0/24", "the subnet")
                .option("gateway", "192.168.241.2", "the gateway")
                .option("containers", "milk=192.168.241.92,bread=192.168.241.95", "the containers")
                .option("port", "80", "a port")
                .flag("keep", "keep it");
    }

    @Test
    void defaultsAreTheWalkthroughsValues() {
        Options o = declared().parse();
        assertThat(o.get("subnet")).isEqualTo("192.168.241.0/24");
        assertThat(o.prefix("subnet")).isEqualTo(new Prefix(IpAddresses.parse("192.168.241.0"), 24));
        assertThat(o.address("gateway")).isEqualTo(IpAddresses.parse("192.168.241.2"));
        assertThat(o.named("containers")).containsExactly(
                org.assertj.core.api.Assertions.entry("milk", IpAddresses.parse("192.168.241.92")),
                org.assertj.core.api.Assertions.entry("bread", IpAddresses.parse("192.168.241.95")));
        assertThat(o.number("port", 1, 65535)).isEqualTo(80);
        assertThat(o.flag("keep")).isFalse();
    }

    @Test
    void valuesBySpaceOrEqualsAndFlags() {
        Options o = declared().parse("--subnet", "10.0.0.0/8", "--gateway=10.0.0.1", "--keep",
                "--containers", " a = 10.0.0.2 , ,b=10.0.0.3");
        assertThat(o.prefix("subnet").length()).isEqualTo(8);
        assertThat(o.address("gateway")).isEqualTo(IpAddresses.parse("10.0.0.1"));
        assertThat(o.flag("keep")).isTrue();
        assertThat(o.named("containers")).containsOnlyKeys("a", "b");
        assertThat(o.list("containers")).containsExactly("a = 10.0.0.2", "b=10.0.0.3");
    }

    @Test
    void theLastOccurrenceWins() {
        assertThat(declared().parse("--port", "1", "--port", "2").number("port", 1, 9)).isEqualTo(2);
    }

    @Test
    void commandLineErrorsNameTheOption() {
        assertThatThrownBy(() -> declared().parse("--bogus", "1"))
                .isInstanceOf(Options.UsageException.class).hasMessage("unknown option --bogus (see --help)");
        assertThatThrownBy(() -> declared().parse("subnet"))
                .isInstanceOf(Options.UsageException.class).hasMessageContaining("unexpected argument \"subnet\"");
        assertThatThrownBy(() -> declared().parse("--subnet"))
                .isInstanceOf(Options.UsageException.class).hasMessage("--subnet needs a value");
        assertThatThrownBy(() -> declared().parse("--keep=yes"))
                .isInstanceOf(Options.UsageException.class).hasMessage("--keep takes no value");
    }

    @Test
    void valueErrorsNameTheOptionAndNeverResolveNames() {
        assertThatThrownBy(() -> declared().parse("--gateway", "gateway.example").address("gateway"))
                .isInstanceOf(Options.UsageException.class).hasMessageStartingWith("--gateway: ");
        assertThatThrownBy(() -> declared().parse("--subnet", "10.0.0.0").prefix("subnet"))
                .isInstanceOf(Options.UsageException.class).hasMessageContaining("needs a prefix length");
        assertThatThrownBy(() -> declared().parse("--subnet", "10.0.0.0/33").prefix("subnet"))
                .isInstanceOf(Options.UsageException.class).hasMessageStartingWith("--subnet: prefix length 33");
        assertThatThrownBy(() -> declared().parse("--port", "0").number("port", 1, 65535))
                .isInstanceOf(Options.UsageException.class).hasMessage("--port: \"0\" is not a number from 1 to 65535");
        assertThatThrownBy(() -> declared().parse("--port", "x").number("port", 1, 65535))
                .isInstanceOf(Options.UsageException.class);
    }

    @Test
    void namedListErrors() {
        assertThatThrownBy(() -> declared().parse("--containers", "milk").named("containers"))
                .hasMessage("--containers: \"milk\" is not NAME=ADDRESS");
        assertThatThrownBy(() -> declared().parse("--containers", "milk=1.2.3.4,milk=1.2.3.5").named("containers"))
                .hasMessage("--containers: milk appears twice");
        assertThatThrownBy(() -> declared().parse("--containers", "milk=1.2.3").named("containers"))
                .hasMessageStartingWith("--containers: milk: ");
        assertThatThrownBy(() -> declared().parse("--containers", " , ").named("containers"))
                .hasMessage("--containers needs at least one item");
    }

    @Test
    void usageListsEveryOptionWithItsDefault() {
        assertThat(declared().usage()).contains(
                "  --subnet VALUE           the subnet (default: 192.168.241.0/24)\n",
                "  --keep                   keep it\n");
    }

    @Test
    void readingAnUndeclaredOptionIsAProgrammingError() {
        assertThatThrownBy(() -> declared().get("nope")).isInstanceOf(IllegalStateException.class);
    }
}
