/**
 * What every feature stands on: the database migrations run at deploy, paging of lists in the database,
 * the field-level refusal that services throw, and the demo data of the embedded default.
 */
package org.buildreg.platform;
