/**
 * What the import jobs share: the reject report (table batch_reject) that a skipped row goes to, written in
 * the chunk's transaction; the {@code legacy-migration} job will live here too.
 */
package org.buildreg.batch.legacy;
