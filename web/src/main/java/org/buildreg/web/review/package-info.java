/** The reviewers' console: the city bureau's and the regional department's queue, review and statistics. */
package org.buildreg.web.review;
