package dev.jnetlink.bridge.codec;

import dev.jnetlink.testing.RecordBuilders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builders of the bridge module's records with many components cover every component. */
class RecordBuildersTest {
    @ParameterizedTest
    @ValueSource(classes = {BridgeInfo.class, BridgePortInfo.class, FdbEntry.class,
        BridgeLink.class})
    void everyComponentHasASetterAndSurvivesACopy(Class<? extends Record> type) throws Exception {
        RecordBuilders.assertComplete(type);
    }
}
