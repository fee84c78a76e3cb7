package dev.jnetlink.codec.tc.kind;

import dev.jnetlink.codec.Bytes;
import dev.jnetlink.codec.HostOrder;

/**
 * The delay distributions of {@code tc qdisc add ... netem delay T J distribution NAME}, as the
 * tables {@code TCA_NETEM_DELAY_DIST} carries: 4096 signed 16-bit values, the inverse of the
 * distribution's cumulative function scaled by {@code NETEM_DIST_SCALE} (8192). They are
 * computed here as iproute2's {@code netem/normal.c}, {@code pareto.c} and
 * {@code paretonormal.c} compute the {@code .dist} files {@code tc} reads (from the NISTnet
 * code), so the library needs no file; the computation is deterministic and gives those files'
 * values. {@code uniform}, {@code tc}'s default, is no table.
 */
public enum NetemDistribution {
    /** {@code distribution normal}. */
    NORMAL,
    /** {@code distribution pareto} (shape 3). */
    PARETO,
    /** {@code distribution paretonormal}: a quarter normal, three quarters pareto. */
    PARETONORMAL;

    /** {@code NETEM_DIST_SCALE}. */
    public static final int SCALE = 8192;
    /** Values in a table. */
    public static final int SIZE = 4096;
    private static final int RESOLUTION = 16384;
    private static final double PARETO_SHAPE = 3.0;

    private volatile short[] table;

    /** @return the 4096 table values, a copy */
    public short[] table() {
        return values0().clone();
    }

    /** @return the table as {@code TCA_NETEM_DELAY_DIST} carries it (host-order s16) */
    public Bytes payload() {
        short[] t = values0();
        byte[] out = new byte[t.length * 2];
        for (int i = 0; i < t.length; i++) {
            int v = t[i];
            out[2 * i] = (byte) (HostOrder.LITTLE_ENDIAN ? v : v >> 8);
            out[2 * i + 1] = (byte) (HostOrder.LITTLE_ENDIAN ? v >> 8 : v);
        }
        return Bytes.of(out);
    }

    private short[] values0() {
        short[] t = table;
        if (t == null) {
            t = switch (this) {
                case NORMAL -> normal();
                case PARETO -> pareto();
                case PARETONORMAL -> paretoNormal();
            };
            table = t;
        }
        return t;
    }

    private static short[] normal() {
        double[] inverse = inverseNormal();
        short[] out = new short[SIZE];
        for (int i = 0; i < RESOLUTION; i += 4) {
            out[i / 4] = clamp((long) Math.rint(inverse[i] * SCALE));
        }
        return out;
    }

    private static short[] pareto() {
        short[] out = new short[SIZE];
        for (int k = 0; k < SIZE; k++) {
            out[k] = (short) paretoValue(65536 - 16 * k);
        }
        return out;
    }

    private static short[] paretoNormal() {
        double[] inverse = inverseNormal();
        short[] out = new short[SIZE];
        for (int i = 0; i < RESOLUTION; i += 4) {
            int normal = (int) Math.rint(inverse[i] * SCALE);
            int pareto = paretoValue(65536 - 4 * i);
            out[i / 4] = clamp((normal + 3 * pareto) / 4);
        }
        return out;
    }

    /**
     * The normal inverse as {@code normal.c} samples it: for each of 16385 steps of the
     * cumulative function, the last x (from -10 by 0.00005, the same double additions) that
     * rounds to it.
     */
    private static double[] inverseNormal() {
        double[] inverse = new double[RESOLUTION + 1];
        for (double x = -10.0; x < 10.05; x += .00005) {
            int i = (int) Math.rint(RESOLUTION * (.5 + .5 * erf(x / Math.sqrt(2.0))));
            inverse[i] = x;
        }
        return inverse;
    }

    /** @param n {@code 65536} times the probability @return the scaled pareto value */
    private static int paretoValue(int n) {
        double v = (double) n / 65536.0;
        v = 1.0 / Math.pow(v, 1.0 / PARETO_SHAPE);
        v -= 1.5;
        v *= (4.0 / 3.0) * SCALE;
        if (v > Short.MAX_VALUE) {
            v = Short.MAX_VALUE;
        }
        return (int) Math.rint(v);
    }

    private static short clamp(long v) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
    }

    /**
     * The error function, by its series of positive terms
     * {@code erf(z) = 2/sqrt(pi) e^(-z^2) sum 2^n z^(2n+1) / (1*3*...*(2n+1))}, which has no
     * cancellation; beyond |z| = 6 it is +-1 to double precision. Accurate to about 1e-14,
     * far below what could move one of the table's roundings.
     */
    static double erf(double z) {
        double a = Math.abs(z);
        if (a > 6) {
            return Math.signum(z);
        }
        double term = a;
        double sum = a;
        double z2 = 2 * a * a;
        for (int n = 1; term > sum * 1e-17; n++) {
            term *= z2 / (2 * n + 1);
            sum += term;
        }
        return Math.copySign(2 / Math.sqrt(Math.PI) * Math.exp(-a * a) * sum, z);
    }
}
