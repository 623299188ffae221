/**
 * 加密锁 (dongle): the platform's CA that issues dongle certificates from a token's CSR and publishes a CRL; the
 * binding of a certificate to an account and the signed-nonce login come with it (issue 4).
 */
package org.buildreg.dongle;
