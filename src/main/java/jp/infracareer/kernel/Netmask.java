package jp.infracareer.kernel;

/** IPv4 masks by arithmetic: the checks that read prefixes and masks in answers, and questions about a subnet. */
public final class Netmask {
    private Netmask() {}

    /** The prefix length of a dotted mask ("255.255.255.0" is 24), or -1 for anything else (an octet over 255, a gap in the ones). */
    public static int bits(String dotted) {
        String[] octets = dotted.split("\\.");
        if (octets.length != 4) {
            return -1;
        }
        long value = 0;
        for (String o : octets) {
            int octet = Integer.parseInt(o);
            if (octet > 255) {
                return -1;
            }
            value = (value << 8) | octet;
        }
        int bits = Long.bitCount(value);
        long contiguous = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return value == contiguous ? bits : -1;
    }

    /** The dotted mask of a prefix length: 24 gives 255.255.255.0. */
    public static String dotted(int prefix) {
        long value = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        return (value >> 24 & 255) + "." + (value >> 16 & 255) + "." + (value >> 8 & 255) + "." + (value & 255);
    }
}
