/**
 * What every feature stands on: the database migrations run at deploy, paging of lists in the database, the
 * field-level refusal that services throw, text limits, throttles. It depends on no business package
 * ({@code PlatformLayerTest}); the demo data, which spans them all, lives above them in {@code demo}.
 */
package org.buildreg.platform;
