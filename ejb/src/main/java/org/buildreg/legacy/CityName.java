package org.buildreg.legacy;

import java.io.Serializable;

/** A 盟市 as the divisions list names it: its six-digit code and its full name (包头市, 兴安盟). */
public record CityName(String code, String name) implements Serializable {
}
