/**
 * Reference data and the national code rules every module shares: divisions (盟市 / 旗县区), and the check
 * digits of the unified social credit code, organization code, business registration number and ID card.
 */
package org.buildreg.reference;
