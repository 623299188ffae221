/**
 * Public certificate verification (证书查验, no login): anyone holding a printed certificate or form looks its
 * number up, or scans its QR code, and sees whether it is genuine and still valid.
 */
package org.buildreg.verification;
