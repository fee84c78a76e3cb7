package dev.jnetlink.nftables;

import dev.jnetlink.testing.ModuleDescriptors;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** netlink-nftables' module-info.java exports each of its packages. */
class ModuleInfoTest {
    @Test
    void exportsEveryPackage() {
        ModuleDescriptors.assertExportsAllBut(ModuleDescriptors.of(Nft.class), Set.of());
    }
}
