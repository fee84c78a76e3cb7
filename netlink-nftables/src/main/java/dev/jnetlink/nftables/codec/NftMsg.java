package dev.jnetlink.nftables.codec;

/**
 * nf_tables message types ({@code enum nf_tables_msg_types}): the low byte of
 * {@code nlmsg_type}, whose high byte is {@link Nfnetlink#SUBSYS_NFTABLES}; see
 * {@link Nfnetlink#type(int)}.
 */
public final class NftMsg {
    public static final int NEWTABLE = 0;
    public static final int GETTABLE = 1;
    public static final int DELTABLE = 2;
    public static final int NEWCHAIN = 3;
    public static final int GETCHAIN = 4;
    public static final int DELCHAIN = 5;
    public static final int NEWRULE = 6;
    public static final int GETRULE = 7;
    public static final int DELRULE = 8;
    public static final int NEWSET = 9;
    public static final int GETSET = 10;
    public static final int DELSET = 11;
    public static final int NEWSETELEM = 12;
    public static final int GETSETELEM = 13;
    public static final int DELSETELEM = 14;
    public static final int NEWGEN = 15;
    public static final int GETGEN = 16;
    public static final int TRACE = 17;
    public static final int NEWOBJ = 18;
    public static final int GETOBJ = 19;
    public static final int DELOBJ = 20;
    public static final int GETOBJ_RESET = 21;
    public static final int NEWFLOWTABLE = 22;
    public static final int GETFLOWTABLE = 23;
    public static final int DELFLOWTABLE = 24;
    public static final int GETRULE_RESET = 25;
    public static final int DESTROYTABLE = 26;
    public static final int DESTROYCHAIN = 27;
    public static final int DESTROYRULE = 28;
    public static final int DESTROYSET = 29;
    public static final int DESTROYSETELEM = 30;
    public static final int DESTROYOBJ = 31;
    public static final int DESTROYFLOWTABLE = 32;
    public static final int GETSETELEM_RESET = 33;

    private NftMsg() {
    }
}
