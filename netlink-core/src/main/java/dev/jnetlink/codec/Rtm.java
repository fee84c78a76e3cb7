package dev.jnetlink.codec;

/** rtnetlink message types ({@code RTM_*} in {@code linux/rtnetlink.h}). */
public final class Rtm {
    /** {@code RTM_NEWLINK}: create or change a link; a link in a dump or event. */
    public static final int NEWLINK = 16;
    /** {@code RTM_DELLINK}. */
    public static final int DELLINK = 17;
    /** {@code RTM_GETLINK}. */
    public static final int GETLINK = 18;
    /** {@code RTM_SETLINK}. */
    public static final int SETLINK = 19;
    /** {@code RTM_NEWADDR}. */
    public static final int NEWADDR = 20;
    /** {@code RTM_DELADDR}. */
    public static final int DELADDR = 21;
    /** {@code RTM_GETADDR}. */
    public static final int GETADDR = 22;
    /** {@code RTM_NEWROUTE}. */
    public static final int NEWROUTE = 24;
    /** {@code RTM_DELROUTE}. */
    public static final int DELROUTE = 25;
    /** {@code RTM_GETROUTE}. */
    public static final int GETROUTE = 26;
    /** {@code RTM_NEWNEIGH}. */
    public static final int NEWNEIGH = 28;
    /** {@code RTM_DELNEIGH}. */
    public static final int DELNEIGH = 29;
    /** {@code RTM_GETNEIGH}. */
    public static final int GETNEIGH = 30;
    /** {@code RTM_NEWRULE}. */
    public static final int NEWRULE = 32;
    /** {@code RTM_DELRULE}. */
    public static final int DELRULE = 33;
    /** {@code RTM_GETRULE}. */
    public static final int GETRULE = 34;
    /** {@code RTM_NEWQDISC}. */
    public static final int NEWQDISC = 36;
    /** {@code RTM_DELQDISC}. */
    public static final int DELQDISC = 37;
    /** {@code RTM_GETQDISC}. */
    public static final int GETQDISC = 38;
    /** {@code RTM_NEWTCLASS}. */
    public static final int NEWTCLASS = 40;
    /** {@code RTM_DELTCLASS}. */
    public static final int DELTCLASS = 41;
    /** {@code RTM_GETTCLASS}. */
    public static final int GETTCLASS = 42;
    /** {@code RTM_NEWTFILTER}. */
    public static final int NEWTFILTER = 44;
    /** {@code RTM_DELTFILTER}. */
    public static final int DELTFILTER = 45;
    /** {@code RTM_GETTFILTER}. */
    public static final int GETTFILTER = 46;
    /** {@code RTM_NEWACTION}. */
    public static final int NEWACTION = 48;
    /** {@code RTM_DELACTION}. */
    public static final int DELACTION = 49;
    /** {@code RTM_GETACTION}. */
    public static final int GETACTION = 50;
    /** {@code RTM_NEWPREFIX}. */
    public static final int NEWPREFIX = 52;
    /** {@code RTM_GETMULTICAST}. */
    public static final int GETMULTICAST = 58;
    /** {@code RTM_GETANYCAST}. */
    public static final int GETANYCAST = 62;
    /** {@code RTM_NEWNEIGHTBL}. */
    public static final int NEWNEIGHTBL = 64;
    /** {@code RTM_GETNEIGHTBL}. */
    public static final int GETNEIGHTBL = 66;
    /** {@code RTM_SETNEIGHTBL}. */
    public static final int SETNEIGHTBL = 67;
    /** {@code RTM_NEWNDUSEROPT}. */
    public static final int NEWNDUSEROPT = 68;
    /** {@code RTM_NEWADDRLABEL}. */
    public static final int NEWADDRLABEL = 72;
    /** {@code RTM_DELADDRLABEL}. */
    public static final int DELADDRLABEL = 73;
    /** {@code RTM_GETADDRLABEL}. */
    public static final int GETADDRLABEL = 74;
    /** {@code RTM_NEWNETCONF}. */
    public static final int NEWNETCONF = 80;
    /** {@code RTM_DELNETCONF}. */
    public static final int DELNETCONF = 81;
    /** {@code RTM_GETNETCONF}. */
    public static final int GETNETCONF = 82;
    /** {@code RTM_NEWMDB}. */
    public static final int NEWMDB = 84;
    /** {@code RTM_DELMDB}. */
    public static final int DELMDB = 85;
    /** {@code RTM_GETMDB}. */
    public static final int GETMDB = 86;
    /** {@code RTM_NEWNSID}. */
    public static final int NEWNSID = 88;
    /** {@code RTM_DELNSID}. */
    public static final int DELNSID = 89;
    /** {@code RTM_GETNSID}. */
    public static final int GETNSID = 90;
    /** {@code RTM_NEWSTATS}. */
    public static final int NEWSTATS = 92;
    /** {@code RTM_GETSTATS}. */
    public static final int GETSTATS = 94;
    /** {@code RTM_NEWNEXTHOP}. */
    public static final int NEWNEXTHOP = 104;
    /** {@code RTM_DELNEXTHOP}. */
    public static final int DELNEXTHOP = 105;
    /** {@code RTM_GETNEXTHOP}. */
    public static final int GETNEXTHOP = 106;
    /** {@code RTM_NEWCHAIN}. */
    public static final int NEWCHAIN = 100;
    /** {@code RTM_DELCHAIN}. */
    public static final int DELCHAIN = 101;
    /** {@code RTM_GETCHAIN}. */
    public static final int GETCHAIN = 102;
    /** {@code RTM_NEWVLAN}. */
    public static final int NEWVLAN = 112;
    /** {@code RTM_DELVLAN}. */
    public static final int DELVLAN = 113;
    /** {@code RTM_GETVLAN}. */
    public static final int GETVLAN = 114;

    private Rtm() {
    }
}
