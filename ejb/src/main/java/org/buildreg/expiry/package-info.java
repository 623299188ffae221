/**
 * 证书过期处理: the rule that turns certificates and licences past their 有效期至 into 已过期, as set-based SQL
 * the {@code expiry-sweep} job runs, and the time of day it runs at.
 */
package org.buildreg.expiry;
