package dev.jnetlink.rtnl.tc;

import dev.jnetlink.codec.tc.ActionControl;
import dev.jnetlink.codec.tc.RateSpec;
import dev.jnetlink.codec.tc.TcCore;
import dev.jnetlink.codec.tc.TcOptions;
import dev.jnetlink.codec.tc.kind.PoliceOptions;
import dev.jnetlink.codec.tc.kind.PoliceParms;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * The police action, a token bucket: {@code action police rate RATE burst BYTES [mtu BYTES]
 * [peakrate RATE] [conform-exceed EXCEED[/CONFORM]]}. Packets over the rate get the exceed
 * verdict ({@code reclassify} unless set), the others the conform verdict ({@code pass} unless
 * set). Rates of 4 Gbyte/s and more go as {@code TCA_POLICE_RATE64}. The request, rate table
 * included, is what iproute2 6.1's {@code m_police.c} sends.
 */
public final class Police implements ActionSpec {
    private final long rate;
    private final long burst;
    private long mtu;
    private long peakRate;
    private ActionControl exceed = ActionControl.RECLASSIFY;
    private ActionControl conform = ActionControl.PASS;

    private Police(long rate, long burst) {
        this.rate = rate;
        this.burst = burst;
    }

    /**
     * @param bitsPerSecond the rate ({@code rate 1mbit} is 1,000,000)
     * @param burstBytes the bucket ({@code burst 10k} is 10240)
     * @return the action
     * @throws IllegalArgumentException if the rate is under 8 bit/s or the burst not positive
     */
    public static Police rate(long bitsPerSecond, long burstBytes) {
        long bytes = Rates.bytesPerSecond("police rate", bitsPerSecond);
        Rates.positive("police burst", burstBytes);
        return new Police(bytes, burstBytes);
    }

    /** @param bytes the largest packet that may conform ({@code mtu 2k}) @return this action */
    public Police mtu(long bytes) {
        mtu = Rates.positive("police mtu", bytes);
        return this;
    }

    /**
     * @param bitsPerSecond the peak rate ({@code peakrate 2mbit}); needs {@link #mtu}
     * @return this action
     */
    public Police peakRate(long bitsPerSecond) {
        peakRate = Rates.bytesPerSecond("police peakrate", bitsPerSecond);
        return this;
    }

    /**
     * @param exceed the verdict for packets over the rate
     * @param conform the verdict for the others ({@code conform-exceed drop/ok})
     * @return this action
     */
    public Police conformExceed(ActionControl exceed, ActionControl conform) {
        this.exceed = Objects.requireNonNull(exceed, "exceed");
        this.conform = Objects.requireNonNull(conform, "conform");
        return this;
    }

    @Override
    public String kind() {
        return "police";
    }

    /** @throws IllegalArgumentException for a peak rate without an mtu, as {@code tc} refuses it */
    @Override
    public TcOptions options(ToIntFunction<String> ifindex) {
        if (peakRate != 0 && mtu == 0) {
            throw new IllegalArgumentException("police peakrate needs an mtu");
        }
        TcCore.RateTable rtab = TcCore.rateTable(rate, 0, (int) mtu);
        RateSpec r = Htb.withCellLog(Htb.rateSpec(rate), rtab.cellLog());
        RateSpec p = RateSpec.NONE;
        TcCore.RateTable ptab = null;
        if (peakRate != 0) {
            ptab = TcCore.rateTable(peakRate, 0, (int) mtu);
            p = Htb.withCellLog(Htb.rateSpec(peakRate), ptab.cellLog());
        }
        PoliceParms parms = new PoliceParms(0, exceed.value(), 0, TcCore.xmittime(rate, burst), mtu, r, p,
                0, 0, 0);
        return new PoliceOptions(parms, rate >= 1L << 32 ? rate : null,
                peakRate >= 1L << 32 ? peakRate : null, null, null,
                conform == ActionControl.PASS ? null : conform.value(), null, null, rtab.table(),
                ptab == null ? null : ptab.table(), List.of());
    }
}
