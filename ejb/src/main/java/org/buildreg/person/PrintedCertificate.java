package org.buildreg.person;

import java.util.function.Function;
import org.buildreg.print.FormLayout;
import org.buildreg.print.FormValues;

/**
 * A module's printed certificate (二级建造师注册证书, 安全生产考核合格证书): what it is called, its layout on the form
 * engine, and the values of one certificate.
 *
 * @param <C> the module's certificate
 */
public record PrintedCertificate<C extends PersonCertificate>(String title, FormLayout layout,
                                                              Function<C, FormValues> values) {
}
