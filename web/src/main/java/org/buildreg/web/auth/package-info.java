/** The login page, the Jakarta Security mechanism and identity store, logout and the forced password change. */
package org.buildreg.web.auth;
