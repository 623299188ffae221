package org.buildreg.legacy;

import java.io.Serializable;

/**
 * What a 人员编号 of ry.csv became: the normalized ID number of the one person it stands for, and — when its
 * row was not imported — why ({@code rejectedAs}; null when imported).
 */
public record PersonLink(String personNo, String idNumber, Reason rejectedAs) implements Serializable {

    public boolean imported() {
        return rejectedAs == null;
    }
}
