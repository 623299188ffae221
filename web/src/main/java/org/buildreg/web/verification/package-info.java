/** The public verification page (/verify?no=…). */
package org.buildreg.web.verification;
