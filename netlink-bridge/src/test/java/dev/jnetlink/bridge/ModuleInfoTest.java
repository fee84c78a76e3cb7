package dev.jnetlink.bridge;

import dev.jnetlink.codec.link.LinkKind;
import dev.jnetlink.rtnl.view.KindView;
import dev.jnetlink.testing.ModuleDescriptors;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** netlink-bridge's module-info.java against its classes: exports and services. */
class ModuleInfoTest {
    private static final ModuleDescriptor BRIDGE = ModuleDescriptors.of(Bridges.class);

    @Test
    void exportsEveryPackage() {
        ModuleDescriptors.assertExportsAllBut(BRIDGE, Set.of());
    }

    @Test
    void providesTheKindsTheServicesFilesList() {
        ModuleDescriptors.assertProvidesAsServicesFile(BRIDGE, Bridges.class, LinkKind.class);
        ModuleDescriptors.assertProvidesAsServicesFile(BRIDGE, Bridges.class, KindView.class);
    }
}
