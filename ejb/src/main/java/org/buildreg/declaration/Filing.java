package org.buildreg.declaration;

import java.time.LocalDate;
import org.buildreg.account.Enterprise;

/** Who files a declaration and when: the business rules of a form depend on the filing enterprise and the day. */
public record Filing(Enterprise enterprise, String username, LocalDate today) {
}
