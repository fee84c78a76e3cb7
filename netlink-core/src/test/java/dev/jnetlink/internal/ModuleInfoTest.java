package dev.jnetlink.internal;

import dev.jnetlink.codec.link.LinkKind;
import dev.jnetlink.rtnl.Rtnl;
import dev.jnetlink.rtnl.view.KindView;
import dev.jnetlink.testing.ModuleDescriptors;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** netlink-core's module-info.java against its classes: exports and services. */
class ModuleInfoTest {
    private static final ModuleDescriptor CORE = ModuleDescriptors.of(Rtnl.class);

    @Test
    void exportsEveryPackageButTheInternalOne() {
        ModuleDescriptors.assertExportsAllBut(CORE, Set.of("dev.jnetlink.internal"));
    }

    @Test
    void providesTheKindsTheServicesFilesList() {
        ModuleDescriptors.assertProvidesAsServicesFile(CORE, Rtnl.class, LinkKind.class);
        ModuleDescriptors.assertProvidesAsServicesFile(CORE, Rtnl.class, KindView.class);
    }
}
