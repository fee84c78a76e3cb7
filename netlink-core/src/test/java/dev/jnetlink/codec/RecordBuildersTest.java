package dev.jnetlink.codec;

import dev.jnetlink.codec.addr.Address;
import dev.jnetlink.codec.link.Link;
import dev.jnetlink.codec.link.kind.BondInfo;
import dev.jnetlink.codec.link.kind.MacvlanInfo;
import dev.jnetlink.codec.link.kind.GeneveInfo;
import dev.jnetlink.codec.link.kind.GreInfo;
import dev.jnetlink.codec.link.kind.IpTunnelInfo;
import dev.jnetlink.codec.link.kind.VxlanInfo;
import dev.jnetlink.codec.neigh.Neighbour;
import dev.jnetlink.codec.nexthop.NextHopObject;
import dev.jnetlink.codec.route.NextHop;
import dev.jnetlink.codec.route.Route;
import dev.jnetlink.codec.route.RouteMetrics;
import dev.jnetlink.codec.rule.Rule;
import dev.jnetlink.testing.RecordBuilders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builders of core's records with many components cover every component. */
class RecordBuildersTest {
    @ParameterizedTest
    @ValueSource(classes = {Link.class, VxlanInfo.class, MacvlanInfo.class, Route.class, Rule.class,
        Neighbour.class, Address.class, RouteMetrics.class, NextHop.class,
        NextHopObject.class, BondInfo.class,
        GreInfo.class, IpTunnelInfo.class, GeneveInfo.class})
    void everyComponentHasASetterAndSurvivesACopy(Class<? extends Record> type) throws Exception {
        RecordBuilders.assertComplete(type);
    }
}
