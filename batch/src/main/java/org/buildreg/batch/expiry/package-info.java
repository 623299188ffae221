/**
 * The {@code expiry-sweep} job (证书过期处理): a batchlet running {@link org.buildreg.expiry.ExpirySweep}'s
 * statements in one transaction, and the persistent EJB timer that starts it daily at the configured time.
 */
package org.buildreg.batch.expiry;
