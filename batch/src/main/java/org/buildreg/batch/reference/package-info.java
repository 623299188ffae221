/**
 * The {@code reference-data-load} job: loads the divisions (盟市 / 旗县区) from a CSV, by default the one the
 * platform ships, into the division table; re-running it updates names and adds new codes, never duplicates.
 */
package org.buildreg.batch.reference;
