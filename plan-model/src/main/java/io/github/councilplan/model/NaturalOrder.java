package io.github.councilplan.model;

/**
 * Compares strings the way people read numbered text: runs of digits compare by numeric value,
 * so {@code "1.9" < "1.10"} and {@code "d2" < "d10"}; other characters compare as characters.
 * Ties in that order (such as {@code "01"} and {@code "1"}) fall back to plain string order, so
 * the order is consistent with {@link String#equals(Object)}.
 */
final class NaturalOrder {
    private NaturalOrder() {}

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = digitRunEnd(a, i);
                int endB = digitRunEnd(b, j);
                int startA = skipZeros(a, i, endA);
                int startB = skipZeros(b, j, endB);
                int lengthA = endA - startA;
                int lengthB = endB - startB;
                if (lengthA != lengthB) {
                    return lengthA < lengthB ? -1 : 1;
                }
                for (int k = 0; k < lengthA; k++) {
                    int diff = a.charAt(startA + k) - b.charAt(startB + k);
                    if (diff != 0) {
                        return diff;
                    }
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return ca - cb;
                }
                i++;
                j++;
            }
        }
        int remaining = (a.length() - i) - (b.length() - j);
        if (remaining != 0) {
            return remaining < 0 ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitRunEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int skipZeros(String s, int from, int end) {
        int start = from;
        while (start < end - 1 && s.charAt(start) == '0') {
            start++;
        }
        return start;
    }
}
